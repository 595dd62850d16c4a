-- The stored mask of ID numbers no longer shows the last four characters: with the area code and
-- the birth date also readable, they left only two digits unknown and every number could be rebuilt
-- (issue 13). The first four characters stay, the rest become asterisks, as ChineseIdNumber.masked()
-- now writes them (IdentityMasking).
update members_person
set id_number_mask = substr(id_number_mask, 1, 4) || '**************'
where id_number_mask is not null;
