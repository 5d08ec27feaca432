// xlsx import: a 50,000-row meter-readings workbook through the console's own check (zip guard, SheetJS read
// of the first sheet, per-field validation) — the code the browser runs in its worker. Median of 3 runs.
import { performance } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { parseImportFile } from '../web/src/routes/imports/parse-file.js';

export interface ImportParseFigures {
  readonly rows: number;
  readonly fileBytes: number;
  readonly parseSeconds: number;
  readonly rowsPerSecond: number;
  readonly issues: number;
}

function readingsWorkbook(rows: number): Uint8Array {
  const aoa: unknown[][] = [['房号', '表类型', '抄表日期', '本次读数']];
  for (let i = 0; i < rows; i++) {
    const unit = Math.floor(i / 2);
    const room = `${1 + (unit % 40)}-${1 + (Math.floor(unit / 40) % 4)}-${String(Math.floor(unit / 160) + 101)}`;
    aoa.push([room, i % 2 === 0 ? '水表' : '电表', '2026-03-25', `${1000 + (i % 997)}.${i % 10}`]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), '导入数据');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

export async function benchImportParse(rows = 50_000): Promise<ImportParseFigures> {
  const bytes = readingsWorkbook(rows);
  const times: number[] = [];
  let issues = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const result = await parseImportFile('meter_readings', bytes);
    times.push(performance.now() - started);
    if (result.rows.length + new Set(result.issues.map((i) => i.row)).size !== rows) throw new Error('rows lost while parsing');
    issues = result.issues.length;
  }
  const median = times.sort((a, b) => a - b)[1]! / 1000;
  return { rows, fileBytes: bytes.length, parseSeconds: Number(median.toFixed(2)), rowsPerSecond: Math.round(rows / median), issues };
}
