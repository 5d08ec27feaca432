// 服务看板's one read: service_stats over the days received, grouped one way.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { rowsOf } from '../../../providers/query-rows';
import type { Group, StatsRow } from './stats';

export function serviceStats(projectId: string, from: string, to: string, group: Group): Promise<StatsRow[]> {
  return rowsOf<StatsRow[]>(db.rpc('service_stats', { p_project_id: projectId, p_from: from, p_to: to, p_group: group }));
}
