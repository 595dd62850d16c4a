package org.tongxin.proposals.bench;

/**
 * The statements that generate bench proposals and reports inside PostgreSQL (no rows cross the
 * wire), in chunks of reserved ids so that chunks can run side by side. Shapes, roughly as ten years
 * of a district: proposals are spread over every unit of the deployment and over {@code :days} days;
 * older ones are mostly closed (after registration, handling and a reply), some declined, merged or
 * still open; 40% of the registered ones are public; one in 500 is the demo member's (own). Reports:
 * half accepted, a third of those adopted at district level, fewer higher up, some instructed.
 * Every value is bound; the text is fixed.
 */
final class ProposalSeedSql {

	private ProposalSeedSql() {
	}

	/** The units, persons and accounts the records are drawn from (one row, arrays). */
	private static final String POOLS = """
			(select array_agg(o.id order by o.id) as ids, array_agg(o.path order by o.id) as paths,
			        array_agg(o.name order by o.id) as names, count(*) as n
			 from org_unit o where o.path like :rootPath || '%' and o.active) u,
			(select array_agg(p.id order by p.id) as ids, array_agg(p.name order by p.id) as names, count(*) as n
			 from (select id, name from members_person order by id limit 2000) p) m,
			(select array_agg(code order by sort_order) as codes, count(*) as n from proposals_category) k""";

	static final String PROPOSALS = """
			insert into proposals_proposal (id, proposal_no, category_code, title, body, proposer_kind, proposer_person_id,
			  proposer_unit_id, proposer_unit_path, proposer_name, author_user_id, status, round, public_visible, created_at,
			  submitted_at, reviewed_at, review_note, merged_into_id, lead_unit_id, lead_unit_path, assigned_at, due_date,
			  replied_at, reply, feedback_contacted, feedback_attitude, feedback_adoption, feedback_result, feedback_at,
			  closed_at)
			select s.id, 'JY' || extract(year from s.created_at at time zone 'Asia/Shanghai') || lpad(s.id::text, 6, '0'),
			  s.category, s.title, s.body,
			  case when s.own or s.r_kind < 0.85 then 'MEMBER' else 'ORGANISATION' end,
			  case when s.own then :memberPerson when s.r_kind < 0.85 then s.person_id end,
			  s.unit_id, s.unit_path,
			  case when s.own then :memberName when s.r_kind < 0.85 then s.person_name else s.unit_name end,
			  case when s.own then :memberUser else :actor end,
			  s.status, 1,
			  s.status in ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED') and s.r_public < 0.4,
			  s.created_at,
			  case when s.status <> 'DRAFT' then s.created_at + interval '1 day' end,
			  case when s.status not in ('DRAFT', 'SUBMITTED') then s.created_at + interval '8 days' end,
			  case when s.status in ('DECLINED', 'RETURNED') then '不符合立案条件' end,
			  case when s.status = 'MERGED' then case when s.i = :first then s.id + 1 else s.id - 1 end end,
			  case when s.handled then s.lead_id end, case when s.handled then s.lead_path end,
			  case when s.handled then s.created_at + interval '10 days' end,
			  case when s.handled then (s.created_at at time zone 'Asia/Shanghai')::date + 100 end,
			  case when s.status in ('REPLIED', 'CLOSED') then s.created_at + interval '70 days' end,
			  case when s.status in ('REPLIED', 'CLOSED') then '关于' || s.title || '的答复：' || s.reply end,
			  case when s.status = 'CLOSED' then true end,
			  case when s.status = 'CLOSED' then case when s.r_public < 0.8 then 'SATISFIED' else 'BASIC' end end,
			  case when s.status = 'CLOSED' then case when s.r_public < 0.5 then 'ADOPTED' else 'PARTLY' end end,
			  case when s.status = 'CLOSED' then case when s.r_public < 0.7 then 'SATISFIED' else 'BASIC' end end,
			  case when s.status = 'CLOSED' then s.created_at + interval '80 days' end,
			  case when s.status = 'CLOSED' then s.created_at + interval '80 days' end
			from (
			  select a.*, a.status in ('HANDLING', 'REPLIED', 'CLOSED') as handled
			  from (
			    select g.i, :base + g.i - 1 as id, g.r_kind, g.r_public, g.r_unit < 0.002 as own,
			      now() - g.r_age * :days * interval '1 day' as created_at,
			      case when g.r_age * :days < 30 then
			        case when g.r_status < 0.10 then 'DRAFT' when g.r_status < 0.45 then 'SUBMITTED'
			          when g.r_status < 0.50 then 'RETURNED' when g.r_status < 0.70 then 'REGISTERED' else 'DECLINED' end
			      when g.r_age * :days < 120 then
			        case when g.r_status < 0.02 then 'DRAFT' when g.r_status < 0.10 then 'DECLINED'
			          when g.r_status < 0.14 then 'MERGED' when g.r_status < 0.60 then 'HANDLING' else 'REPLIED' end
			      else
			        case when g.r_status < 0.01 then 'DRAFT' when g.r_status < 0.09 then 'DECLINED'
			          when g.r_status < 0.13 then 'MERGED' when g.r_status < 0.14 then 'HANDLING'
			          when g.r_status < 0.22 then 'REPLIED' else 'CLOSED' end
			      end as status,
			      k.codes[1 + floor(g.r_cat * k.n)::int] as category,
			      u.ids[1 + floor(g.r_unit * u.n)::int] as unit_id, u.paths[1 + floor(g.r_unit * u.n)::int] as unit_path,
			      u.names[1 + floor(g.r_unit * u.n)::int] as unit_name,
			      u.ids[1 + floor(g.r_lead * u.n)::int] as lead_id, u.paths[1 + floor(g.r_lead * u.n)::int] as lead_path,
			      m.ids[1 + floor(g.r_person * m.n)::int] as person_id, m.names[1 + floor(g.r_person * m.n)::int] as person_name,
			      %1$s as title, %2$s as body, %2$s as reply
			    from (select i, random() as r_kind, random() as r_public, random() as r_unit, random() as r_age,
			            random() as r_status, random() as r_cat, random() as r_lead, random() as r_person
			          from generate_series(:first, :last) as i) g, %3$s
			  ) a
			) s""".formatted(ProposalSeedText.TITLE, ProposalSeedText.BODY, POOLS);

	/** The history of proposals lo..hi, one event per step each went through (first submission kept). */
	static final String PROPOSAL_EVENTS = """
			insert into proposals_event (proposal_id, at, actor_user_id, actor_name, kind, round, note, unit_id, related_id, due_date)
			select p.id, e.at, :actor, '基准测试', e.kind, 1, null, e.unit_id, e.related_id, e.due_date
			from proposals_proposal p cross join lateral (values
			  ('CREATED', p.created_at, null::bigint, null::bigint, null::date, true),
			  ('SUBMITTED', p.submitted_at, null, null, null, p.submitted_at is not null),
			  ('RETURNED', p.reviewed_at, null, null, null, p.status = 'RETURNED'),
			  ('DECLINED', p.reviewed_at, null, null, null, p.status = 'DECLINED'),
			  ('MERGED', p.reviewed_at, null, p.merged_into_id, null, p.status = 'MERGED'),
			  ('REGISTERED', p.reviewed_at, null, null, null, p.status in ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED')),
			  ('ASSIGNED', p.assigned_at, p.lead_unit_id, null, p.due_date, p.assigned_at is not null),
			  ('REPLIED', p.replied_at, null, null, null, p.replied_at is not null),
			  ('FEEDBACK', p.feedback_at, null, null, null, p.feedback_at is not null),
			  ('CLOSED', p.closed_at, null, null, null, p.closed_at is not null)
			) as e (kind, at, unit_id, related_id, due_date, present)
			where p.id between :lo and :hi and e.present""";

	static final String REPORTS = """
			insert into proposals_report (id, report_no, category_code, title, body, edited_title, edited_body, reporter_kind,
			  reporter_person_id, reporter_unit_id, reporter_unit_path, reporter_name, author_user_id, status, submitted_at,
			  reviewed_at, review_note)
			select s.id, 'XX' || extract(year from s.submitted_at at time zone 'Asia/Shanghai') || lpad(s.id::text, 6, '0'),
			  s.category, s.title, s.body,
			  case when s.status = 'ACCEPTED' and s.r_edit < 0.1 then '关于' || s.title end,
			  case when s.status = 'ACCEPTED' and s.r_edit < 0.1 then s.edited end,
			  case when s.own or s.r_kind < 0.8 then 'MEMBER' else 'UNIT' end,
			  case when s.own then :memberPerson when s.r_kind < 0.8 then s.person_id end,
			  s.unit_id, s.unit_path,
			  case when s.own then :memberName when s.r_kind < 0.8 then s.person_name else s.unit_name end,
			  case when s.own then :memberUser else :actor end,
			  s.status, s.submitted_at,
			  case when s.status <> 'SUBMITTED' then s.submitted_at + interval '5 days' end,
			  case when s.status = 'DECLINED' then '内容不够具体' end
			from (
			  select g.i, :base + g.i - 1 as id, g.r_kind, g.r_edit, g.r_unit < 0.002 as own,
			    now() - g.r_age * :days * interval '1 day' as submitted_at,
			    case when g.r_age * :days < 10 then 'SUBMITTED' when g.r_status < 0.5 then 'ACCEPTED' else 'DECLINED' end
			      as status,
			    k.codes[1 + floor(g.r_cat * k.n)::int] as category,
			    u.ids[1 + floor(g.r_unit * u.n)::int] as unit_id, u.paths[1 + floor(g.r_unit * u.n)::int] as unit_path,
			    u.names[1 + floor(g.r_unit * u.n)::int] as unit_name,
			    m.ids[1 + floor(g.r_person * m.n)::int] as person_id, m.names[1 + floor(g.r_person * m.n)::int] as person_name,
			    %1$s as title, %2$s as body, %2$s as edited
			  from (select i, random() as r_kind, random() as r_edit, random() as r_unit, random() as r_age,
			          random() as r_status, random() as r_cat, random() as r_person
			        from generate_series(:first, :last) as i) g, %3$s
			) s""".formatted(ProposalSeedText.TITLE, ProposalSeedText.BODY, POOLS);

	/** Adoptions of accepted reports lo..hi: a third at district level, fewer higher up (once per level). */
	static final String ADOPTIONS = """
			insert into proposals_report_adoption (report_id, level, adopted_by, adopted_on, recorded_by, recorded_at)
			select r.id, l.level, l.body, (r.reviewed_at at time zone 'Asia/Shanghai')::date + l.days, :actor,
			  r.reviewed_at + l.days * interval '1 day'
			from proposals_report r cross join lateral (select random() as x) x
			cross join lateral (values ('DISTRICT', '区委办公室', 10, 0.33), ('CITY', '市委统战部', 30, 0.10),
			  ('PROVINCE', '省委统战部', 60, 0.03), ('NATIONAL', '中央统战部', 90, 0.005)) as l (level, body, days, share)
			where r.id between :lo and :hi and r.status = 'ACCEPTED' and x.x < l.share""";

	static final String INSTRUCTIONS = """
			insert into proposals_report_instruction (report_id, leader_level, leader_post, instruction, instructed_on,
			  recorded_by, recorded_at)
			select r.id, case when random() < 0.8 then 'DISTRICT' else 'CITY' end, '区委书记', '请有关部门研究落实。',
			  (r.reviewed_at at time zone 'Asia/Shanghai')::date + 15, :actor, r.reviewed_at + interval '15 days'
			from proposals_report r
			where r.id between :lo and :hi and r.status = 'ACCEPTED' and random() < 0.05""";

	static final String REPORT_EVENTS = """
			insert into proposals_report_event (report_id, at, actor_user_id, actor_name, kind, note, level)
			select r.id, e.at, :actor, '基准测试', e.kind, null, e.level
			from proposals_report r cross join lateral (values
			  ('SUBMITTED', r.submitted_at, null::varchar, true),
			  ('ACCEPTED', r.reviewed_at, null, r.status = 'ACCEPTED'),
			  ('DECLINED', r.reviewed_at, null, r.status = 'DECLINED')
			) as e (kind, at, level, present)
			where r.id between :lo and :hi and e.present
			union all
			select a.report_id, a.recorded_at, :actor, '基准测试', 'ADOPTED', null, a.level
			from proposals_report_adoption a where a.report_id between :lo and :hi""";

	/**
	 * {@code :count} decisions spread over the period, each taking up two proposals (registered or
	 * later) and one accepted report of the seeded ranges, with two or three results at various
	 * progress (completed ones with their date).
	 */
	static final String DECISIONS = """
			with d as (
			  insert into proposals_decision (issuer, reference, title, decided_on, summary, created_by, created_at)
			  select (array['PARTY_COMMITTEE', 'GOVERNMENT', 'JOINT'])[1 + i %% 3], '基准决策〔' || i || '〕号',
			    %1$s, current_date - floor(random() * :days)::int, '基准测试生成的决策', :actor, now()
			  from generate_series(1, :count) as g (i)
			  returning id, decided_on),
			dn as (select id, decided_on, row_number() over (order by id) as n from d),
			p as (select id, row_number() over (order by random()) as n from proposals_proposal
			      where id between :plo and :phi and status in ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED')),
			r as (select id, row_number() over (order by random()) as n from proposals_report
			      where id between :rlo and :rhi and status = 'ACCEPTED'),
			links as (
			  insert into proposals_decision_source (decision_id, source_kind, source_id, linked_by, linked_at)
			  select dn.id, 'PROPOSAL', p.id, :actor, now() from dn join p on (p.n + 1) / 2 = dn.n
			  union all
			  select dn.id, 'REPORT', r.id, :actor, now() from dn join r on r.n = dn.n
			  returning decision_id)
			insert into proposals_result (decision_id, title, owner_unit_id, owner_unit_path, starts_on, due_on, progress,
			  completed_on, updated_at)
			select dn.id, '落实任务' || k, :rootId, :rootPath, dn.decided_on, dn.decided_on + 180, x.progress,
			  case when x.progress = 100 then dn.decided_on + 150 end, now()
			from dn cross join generate_series(1, 2 + (dn.n %% 2)::int) k
			cross join lateral (select case when dn.decided_on < current_date - 365 or random() < 0.3 then 100
			                               else (floor(random() * 10) * 10)::int end as progress offset 0) x""".formatted(
			"(select string_agg((%s)[1 + floor(random() * %d)::int], '') from generate_series(1, 3 + g.i %% 2)) || '的决定'"
				.formatted(ProposalSeedText.WORDS, ProposalSeedText.WORD_COUNT));

	/** The index rows of proposals lo..hi, as ProposalSearchIndex writes them (same text, same grams). */
	static final String SEARCH_PROPOSALS = """
			insert into proposals_search_text (source_kind, source_id, source_version, number, title, proposer_name,
			  content, grams, title_grams, public_visible, at)
			select 'PROPOSAL', t.id, t.version, t.number, t.title, t.proposer_name, t.content,
			  %s, %s, t.public, t.at
			from (select id, version, proposal_no as number, title, proposer_name,
			        body || coalesce(E'\\n' || reply, '') as content, coalesce(submitted_at, created_at) as at,
			        public_visible and status in ('REGISTERED', 'HANDLING', 'REPLIED', 'CLOSED') as public
			      from proposals_proposal where id between :lo and :hi) t
			on conflict (source_kind, source_id) do nothing""".formatted(
			ProposalSeedText.grams("concat_ws(E'\\n', t.number, t.title, t.proposer_name, t.content)"),
			ProposalSeedText.grams("t.title"));

	static final String SEARCH_REPORTS = """
			insert into proposals_search_text (source_kind, source_id, source_version, number, title, proposer_name,
			  content, grams, title_grams, at)
			select 'REPORT', t.id, t.version, t.number, t.title, t.proposer_name, t.content,
			  %s, %s, t.at
			from (select id, version, report_no as number, coalesce(edited_title, title) as title,
			        reporter_name as proposer_name,
			        coalesce(edited_body || E'\\n', '') || body || case when edited_title is null then '' else E'\\n' || title end
			          as content, submitted_at as at
			      from proposals_report where id between :lo and :hi) t
			on conflict (source_kind, source_id) do nothing""".formatted(
			ProposalSeedText.grams("concat_ws(E'\\n', t.number, t.title, t.proposer_name, t.content)"),
			ProposalSeedText.grams("t.title"));

}
