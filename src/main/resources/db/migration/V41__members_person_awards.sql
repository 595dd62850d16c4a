-- Awards (荣誉) as records beside the free-text awards field: searchable by title and filterable by
-- level. Several per person; the rules refuse bad values first, the constraints keep scripts honest.

CREATE TABLE members_person_award (
    id           BIGSERIAL    PRIMARY KEY,
    person_id    BIGINT       NOT NULL REFERENCES members_person (id) ON DELETE CASCADE,
    title        VARCHAR(100) NOT NULL,
    level        VARCHAR(20)  NOT NULL,
    year         INTEGER      NOT NULL,
    conferred_by VARCHAR(100),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT members_person_award_level_ck CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'OTHER')),
    CONSTRAINT members_person_award_year_ck CHECK (year BETWEEN 1949 AND 2100),
    CONSTRAINT members_person_award_title_ck CHECK (btrim(title) <> '')
);
CREATE INDEX members_person_award_person_idx ON members_person_award (person_id);
-- the member list's association filter: current posts by organisation
CREATE INDEX members_post_organisation_idx ON members_post (btrim(organisation)) WHERE kind = 'ASSOCIATION_POST';
