// Where the drill-down leads: company → project → building (a unit's bills open in place), the view kept in the query.
export const HQ_PATH = '/analytics';
export const projectPath = (projectId: string, search: string) => `/analytics/projects/${projectId}${search}`;
export const buildingPath = (projectId: string, buildingId: string, search: string) =>
  `/analytics/projects/${projectId}/buildings/${buildingId}${search}`;
