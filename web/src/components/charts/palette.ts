// The charts' colours (Ant Design's palette), so every chart speaks the same colour language.
export const CHART_COLORS = {
  primary: '#1677ff',
  secondary: '#13c2c2',
  belowTarget: '#ff4d4f',
  target: '#262626',
  grid: '#f0f0f0',
  axis: '#8c8c8c',
  /** Arrears buckets from "not yet due" to "over a year": cool to hot. */
  aging: ['#91caff', '#ffe58f', '#ffc069', '#ff9c6e', '#ff7875', '#a8071a'],
  /** Parts of a whole that are not ordered (e.g. this period, arrears, ahead). */
  parts: ['#1677ff', '#52c41a', '#faad14', '#722ed1', '#13c2c2', '#eb2f96', '#8c8c8c'],
} as const;
