// What the charts are given: named series, groups and rows with their numbers already counted
// (by the core); the charts only draw them.

/** What every chart is given besides its numbers; it passes them on to its ChartFigure. */
export interface ChartFrame {
  caption: string;
  /** What the chart says, in a sentence: the drawing's accessible name. */
  summary: string;
  testid: string;
}

/** One series of a grouped bar chart (planned, held). */
export interface ChartSeries {
  key: string;
  name: string;
  /** Its colour, one of the chart variables of app.css. */
  tone: 'planned' | 'held' | 'bar';
}

/** One group of bars side by side (a month). */
export interface ChartGroup {
  key: string;
  /** Short, under the bars («окт»). */
  label: string;
  /** Whole, in tooltips and the table («Октябрь 2026»). */
  title: string;
}

/** One horizontal bar (a category, a kind of participant). */
export interface ChartRow {
  key: string | number;
  label: string;
  value: number;
  /** The value as written at the bar's end («12», «75 %», «—»). */
  valueText: string;
  /** A note on the label's line, at the right («Проведено 3 из 4»). */
  detail?: string;
}

/** A row of the table screen readers are given instead of the drawing: its name, its numbers. */
export interface ChartTableRow {
  key: string | number;
  title: string;
  cells: (string | number)[];
}
