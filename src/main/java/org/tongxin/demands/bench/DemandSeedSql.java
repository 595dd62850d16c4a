package org.tongxin.demands.bench;

/**
 * The statements that generate bench cases inside PostgreSQL (no rows cross the wire). Every value
 * is bound; the text is fixed. Shapes, roughly as a district's demands would be after three years:
 * cases of the last 20 days are often still open, older ones closed or declined but for a few
 * stragglers (about 0.15% still open: a working office, not one that stopped answering); enterprise
 * categories carry an enterprise and, once closed, an amount; 5% of closed cases were reopened once.
 * Deadlines are calendar-day approximations (accept in 2 days, answer in 14): the bench needs
 * realistic shapes and sizes, not exact working days. Open cases already past their deadline carry
 * an escalation mark and are escalated to the parent of their unit, as the sweep would have done
 * (not all to the district), so that the sweep does not escalate them again at start.
 */
final class DemandSeedSql {

	private DemandSeedSql() {
	}

	/**
	 * One chunk of cases, ids {@code base + first - 1 .. base + last - 1} (reserved from the case
	 * sequence beforehand, so that chunks can run side by side), spread over the deployment's units
	 * and the active categories.
	 */
	static final String CASES = """
			insert into demands_case (id, case_no, category_id, title, description, enterprise_id, submitted_by_user_id,
			  channel, unit_id, unit_path, handling_unit_id, handling_unit_path, lead_user_id, status, round, submitted_at,
			  accept_due, accepted_at, due_date, answered_at, closed_at, answer, rating, reopened_count, ever_late, amount,
			  escalation_mark, escalated_unit_id, escalated_unit_path)
			select s.id, 'B' || lpad(s.id::text, 12, '0'), s.category_id, '诉求 ' || s.id, '基准测试生成的诉求，第 ' || s.i || ' 条',
			  case when s.with_amount or s.r_ent < 0.03 then 1 + floor(s.r_ent * 5000)::bigint end,
			  :actor, (array['SELF', 'ON_BEHALF', 'STATION', 'API'])[1 + floor(s.r_unit * 4)::int],
			  s.unit_id, s.unit_path,
			  case when s.status not in ('SUBMITTED', 'DECLINED') then s.unit_id end,
			  case when s.status not in ('SUBMITTED', 'DECLINED') then s.unit_path end,
			  case when s.status not in ('SUBMITTED', 'DECLINED') then :actor end,
			  s.status, case when s.reopened then 2 else 1 end, s.submitted_at,
			  (s.submitted_at at time zone 'Asia/Shanghai')::date + 2,
			  s.accepted_at,
			  case when s.accepted_at is not null then (s.accepted_at at time zone 'Asia/Shanghai')::date + 14 end,
			  s.answered_at,
			  case when s.status = 'CLOSED' then s.answered_at + interval '2 days' end,
			  case when s.answered_at is not null then '已答复：' || s.id end,
			  case when s.status = 'CLOSED' then case when s.r_rate < 0.8 then 'SATISFIED' else 'BASIC' end end,
			  case when s.reopened then 1 else 0 end,
			  s.late,
			  case when s.status = 'CLOSED' and s.with_amount then round((s.r_rate * 2000000)::numeric, 2) end,
			  case when s.open_late then s.status || '#1' end,
			  case when s.open_late then s.parent_id end,
			  case when s.open_late then s.parent_path end
			from (
			  select t.*,
			    t.status in ('ANSWERED', 'CLOSED')
			      and (t.answered_at at time zone 'Asia/Shanghai')::date > (t.accepted_at at time zone 'Asia/Shanghai')::date + 14
			      or t.open_late as late,
			    t.status = 'CLOSED' and t.r_rate > 0.95 as reopened
			  from (
			    select b.*,
			      case when b.status in ('HANDLING', 'ANSWERED', 'CLOSED') then b.submitted_at + b.r_step * interval '3 days' end as accepted_at,
			      case when b.status in ('ANSWERED', 'CLOSED')
			        then least(b.submitted_at + b.r_step * interval '3 days' + b.r_rate * interval '18 days', now()) end as answered_at,
			      b.status = 'SUBMITTED' and (b.submitted_at at time zone 'Asia/Shanghai')::date + 2 < current_date
			        or b.status = 'HANDLING' and (b.submitted_at + b.r_step * interval '3 days') < now() - interval '14 days' as open_late
			    from (
			      select a.*,
			        case when a.age_days < 20 then
			          case when a.r_status < 0.15 then 'SUBMITTED' when a.r_status < 0.20 then 'DECLINED'
			            when a.r_status < 0.55 then 'HANDLING' when a.r_status < 0.70 then 'ANSWERED' else 'CLOSED' end
			        else
			          case when a.r_status < 0.0005 then 'SUBMITTED' when a.r_status < 0.07 then 'DECLINED'
			            when a.r_status < 0.0715 then 'HANDLING' when a.r_status < 0.08 then 'ANSWERED' else 'CLOSED' end
			        end as status,
			        now() - a.age_days * interval '1 day' as submitted_at
			      from (
			        select g.i, :base + g.i - 1 as id,
			          u.ids[1 + floor(g.r_unit * u.n)::int] as unit_id, u.paths[1 + floor(g.r_unit * u.n)::int] as unit_path,
			          u.parent_ids[1 + floor(g.r_unit * u.n)::int] as parent_id,
			          u.parent_paths[1 + floor(g.r_unit * u.n)::int] as parent_path,
			          k.ids[1 + floor(g.r_cat * k.n)::int] as category_id, k.amounts[1 + floor(g.r_cat * k.n)::int] as with_amount,
			          g.r_age * :days as age_days, g.r_status, g.r_step, g.r_rate, g.r_ent, g.r_unit
			        from (select i, random() as r_unit, random() as r_cat, random() as r_age, random() as r_status,
			                random() as r_step, random() as r_rate, random() as r_ent
			              from generate_series(:first, :last) as i) g,
			          (select array_agg(o.id order by o.id) as ids, array_agg(o.path order by o.id) as paths,
			                  array_agg(coalesce(p.id, o.id) order by o.id) as parent_ids,
			                  array_agg(coalesce(p.path, o.path) order by o.id) as parent_paths, count(*) as n
			           from org_unit o left join org_unit p on p.id = o.parent_id
			           where o.path like :rootPath || '%' and o.active) u,
			          (select array_agg(id order by id) as ids, array_agg(with_amount order by id) as amounts, count(*) as n
			           from demands_category where active) k
			      ) a
			    ) b
			  ) t
			) s""";

	/** The history of the cases lo..hi: SUBMITTED, then one event per step each case went through. */
	static final String EVENTS = """
			insert into demands_event (case_id, at, actor_user_id, actor_name, kind, round, unit_id, user_id, rating, due_date)
			select c.id, e.at, :actor, '基准测试', e.kind, 1, e.unit_id, e.user_id, e.rating, e.due_date
			from demands_case c cross join lateral (values
			  ('SUBMITTED', c.submitted_at, c.unit_id, null::bigint, null::varchar, c.accept_due, true),
			  ('DECLINED', c.submitted_at + interval '1 day', null, null, null, null, c.status = 'DECLINED'),
			  ('ACCEPTED', c.accepted_at, null, null, null, null, c.accepted_at is not null),
			  ('ASSIGNED', c.accepted_at, c.handling_unit_id, c.lead_user_id, null, c.due_date, c.accepted_at is not null),
			  ('ANSWERED', c.answered_at, null, null, null, null, c.answered_at is not null),
			  ('REOPENED', c.answered_at + interval '1 day', null, null, null, null, c.reopened_count > 0),
			  ('RATED', c.closed_at, null, null, c.rating, null, c.rating is not null),
			  ('CLOSED', c.closed_at, null, null, null, null, c.status = 'CLOSED')
			) as e (kind, at, unit_id, user_id, rating, due_date, present)
			where c.id between :lo and :hi and e.present""";

}
