/**
 * Exports pasted into notes ("lead_id|created|first|last|zip|dob") name each column once, on the header
 * line; the rows under it carry values with no cue of their own. These helpers find the header of the
 * column a value sits in, for pipe-, tab-, comma- and semicolon-separated tables (the last from spreadsheets
 * in locales whose decimal mark is a comma).
 */

/** Longest line read as a table row or header: longer lines are prose or data dumps, not exports. */
const MAX_ROW = 400;
/** How many rows above a value its header may be, unless a row between has found it. */
const MAX_ROWS_UP = 12;
const PIPE = 124;
const TAB = 9;
const COMMA = 44;
const SEMICOLON = 59;
const MIN_CSV_COMMAS = 3;

/**
 * A header cell is a field name: a letter, then letters, digits ("ssn_last4"), spaces, "_", "-", "/", ".", "#" and
 * a bracketed note ("Patient (Last, First)", "Caller Name (CNAM)"); or "#" alone, over a column of row numbers.
 */
const HEADER_CELL = /^[ \t]*(?:[A-Za-z][A-Za-z0-9 _./#-]{0,30}(?:\([A-Za-z0-9 ,_./-]{1,20}\))?|#)[ \t]*$/;

interface Row {
  /** The separator's character code (pipe, tab, comma or semicolon); 0 outside a table. */
  readonly sep: number;
  readonly separators: readonly number[];
  /** The lower-cased header cells of the row's table, or null when the row is in none. */
  readonly header: readonly string[] | null;
}

const NO_TABLE: Row = { sep: 0, separators: [], header: null };

/** Start of the line holding `pos`, or -1 when it starts more than a row's length before. */
function lineStartWithin(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0 && i >= pos - MAX_ROW; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return pos <= MAX_ROW ? 0 : -1;
}

/** Offsets of the cell separators `sep` in text[from, to); a CSV cell's quotes hide its commas. */
function separators(text: string, from: number, to: number, sep: number): number[] {
  const at: number[] = [];
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((sep === COMMA || sep === SEMICOLON) && c === 34) quoted = !quoted;
    else if (c === sep && !quoted) at.push(i);
  }
  return at;
}

/** Whether a `sep` outside quotes has a space after it, as prose's commas do and exported rows' never do. */
function hasProseSeparator(text: string, from: number, to: number, sep = COMMA): boolean {
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === sep && !quoted && text.charCodeAt(i + 1) === 32) return true;
  }
  return false;
}

/** A cell without the quotes around it, if it has them. */
function unquoted(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.charCodeAt(0) === 34 && t.charCodeAt(t.length - 1) === 34 ? t.slice(1, -1) : cell;
}

/** Whether the word or value at `start` opens a cell of a "|"-, tab- or comma-separated row (",NAME", never ", Name"). */
export function opensCell(text: string, start: number): boolean {
  // "first,last,...\nFarida,Rahimi,...": a row's first cell opens its line, its separator right after it.
  if (start === 0 || text.charCodeAt(start - 1) === 10) return firstCellOfRow(text, start);
  let c = text.charCodeAt(start - 1);
  // '...,"JOHNSON WILLIE",...': a quoted cell opens after its quote.
  if (c === 34) {
    c = text.charCodeAt(start - 2);
    if (start < 2 || c === 10) return true;
  }
  return (
    c === 124 ||
    c === 9 ||
    c === 44 ||
    (c === SEMICOLON && text.charCodeAt(start - 2) !== 32 && semicolonRow(text, start - 1)) ||
    (c === 32 && text.charCodeAt(start - 2) === 124)
  );
}

/**
 * Whether the semicolon at `at` parts cells: no other separator went before it on its line ("HPV;Flu" is one cell
 * of a comma-parted row). Read back one row's length at most.
 */
function semicolonRow(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= MAX_ROW; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c === PIPE || c === TAB || (c === COMMA && text.charCodeAt(i + 1) !== 32)) return false;
  }
  return true;
}

/** Whether the line starting at `start` opens with a cell: a pipe, tab or comma (no space after it) ends its first word run. */
function firstCellOfRow(text: string, start: number): boolean {
  const limit = Math.min(text.length, start + MAX_CELL);
  for (let i = start; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 32 && text.charCodeAt(i + 1) === 32)) return false;
    if (c === PIPE || c === TAB) return true;
    if (c === COMMA || c === SEMICOLON) return text.charCodeAt(i + 1) !== 32;
  }
  return false;
}
/** The longest first cell read for its separator. */
const MAX_CELL = 60;

const DIGIT_PAIR = /\d\d/;

/**
 * Whether text[from, to) is a header row: three or more cells split by bars, tabs or commas, all field names
 * with no value's digits ("card ending 2626" is a cell of a row), over a row with as many cells.
 */
export function isHeaderRow(text: string, from: number, to: number): boolean {
  if (to - from > MAX_ROW || to >= text.length) return false;
  // One pass counts every separator: most lines read here are speech, with none of them.
  let pipes = 0;
  let tabs = 0;
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === PIPE) pipes++;
    else if (c === TAB) tabs++;
    else if (c === COMMA && !quoted) commas++;
    else if (c === SEMICOLON && !quoted) semicolons++;
  }
  const sep =
    pipes >= 2 ? PIPE : tabs >= 2 ? TAB : commas >= 2 ? COMMA : semicolons >= MIN_CSV_COMMAS ? SEMICOLON : 0;
  if (sep === 0) return false;
  const count = sep === PIPE ? pipes : sep === TAB ? tabs : sep === COMMA ? commas : semicolons;
  const cells = text.slice(from, to).split(String.fromCharCode(sep)).map(unquoted);
  const edge = framedEdge(cells, sep);
  if (!cells.every((cell, k) => edge(k) || (HEADER_CELL.test(cell) && !DIGIT_PAIR.test(cell)))) return false;
  const next = nextLineEnd(text, to + 1);
  return next >= 0 && separators(text, to + 1, next, sep).length === count;
}

/**
 * Whether cell `k` is the empty edge of a table drawn with bars at both edges ("| lead_id | name |"), which has nothing
 * before the first bar and after the last; "TWN | Priyanka Sharma | Harpreet Kaur |", its last cell empty, is a row.
 */
function framedEdge(cells: readonly string[], sep: number): (k: number) => boolean {
  const framed = sep === PIPE && cells[0]?.trim() === '' && cells[cells.length - 1]?.trim() === '';
  return (k) => framed && (k === 0 || k === cells.length - 1);
}

/** Where the line from `from` ends, or -1 when it runs past a row's longest reach. */
function nextLineEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_ROW);
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit === text.length ? limit : -1;
}

/** Column headers of one text's tables, each line read once whatever number of values it holds. */
export class TableColumns {
  private readonly rows = new Map<number, Row>();

  constructor(private readonly text: string) {}

  /** The lower-cased header of the column holding `pos`, or null when `pos` is in no table. */
  headerAt(pos: number): string | null {
    const row = this.rowAt(pos);
    if (row === null || row.header === null) return null;
    let column = 0;
    while (column < row.separators.length && (row.separators[column] as number) < pos) column++;
    return row.header[column] || null;
  }

  /** Whether the table holding `pos` has a column whose header passes `test` ("routing" beside "account"). */
  hasColumn(pos: number, test: (header: string) => boolean): boolean {
    const row = this.rowAt(pos);
    return row?.header?.some(test) === true;
  }

  private rowAt(pos: number): Row | null {
    const lineStart = lineStartWithin(this.text, pos);
    return lineStart < 0 ? null : this.row(lineStart);
  }

  private row(lineStart: number): Row {
    let row = this.rows.get(lineStart);
    if (row === undefined) {
      row = this.readRow(lineStart);
      this.rows.set(lineStart, row);
    }
    return row;
  }

  /**
   * A table's header is the first line of its block: the lines above with the same number of separators,
   * all of its cells field names.
   */
  private readRow(lineStart: number): Row {
    const text = this.text;
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > MAX_ROW) return NO_TABLE;
    // '"CT-5561","Google Ads | Billing",...': a row opening with a quote is a CSV row, whatever its cells hold.
    const quotedCsv = text.charCodeAt(lineStart) === 34;
    let seps = quotedCsv ? [] : separators(text, lineStart, lineEnd, PIPE);
    let sep = PIPE;
    if (seps.length === 0 && !quotedCsv) {
      seps = separators(text, lineStart, lineEnd, TAB);
      sep = TAB;
    }
    // A comma parts the cells of an exported CSV row, which never puts a space after one; prose always does.
    if (seps.length === 0 && !hasProseSeparator(text, lineStart, lineEnd)) {
      seps = separators(text, lineStart, lineEnd, COMMA);
      sep = COMMA;
    }
    // "verif_id;timestamp;renter_name;dl_number": spreadsheets where a comma is the decimal mark part cells so.
    if (seps.length === 0 || (sep === COMMA && seps.length < MIN_CSV_COMMAS)) {
      seps = hasProseSeparator(text, lineStart, lineEnd, SEMICOLON)
        ? []
        : separators(text, lineStart, lineEnd, SEMICOLON);
      sep = SEMICOLON;
      if (seps.length < MIN_CSV_COMMAS) return NO_TABLE;
    }
    if (seps.length < 2) return NO_TABLE;
    let headerStart = -1;
    let headerEnd = -1;
    let end = lineStart - 1;
    for (let up = 0; up < MAX_ROWS_UP && end > 0; up++) {
      const start = lineStartWithin(text, end);
      if (start < 0) break;
      // A row above already read in the same table has found the header: a long export's rows all share it.
      const above = this.rows.get(start);
      if (above?.header && above.sep === sep && above.separators.length === seps.length)
        return { sep, separators: seps, header: above.header };
      if (separators(text, start, end, sep).length !== seps.length) break;
      headerStart = start;
      headerEnd = end;
      end = start - 1;
    }
    if (headerStart < 0) return { sep, separators: seps, header: null };
    const cells = text.slice(headerStart, headerEnd).split(String.fromCharCode(sep));
    const edge = framedEdge(cells, sep);
    // '"Date","Caller Name"': an export may quote every cell, its header's too.
    const names = cells.map(unquoted);
    if (!names.every((cell, k) => edge(k) || HEADER_CELL.test(cell)))
      return { sep, separators: seps, header: null };
    return { sep, separators: seps, header: names.map((cell) => cell.trim().toLowerCase()) };
  }
}

/**
 * The header of the column whose cell opens at a position, or null where no cell opens or no table holds it; the
 * text's tables are read on the first ask only, so texts with no cell to ask about pay nothing.
 */
export function cellHeaders(text: string): (start: number) => string | null {
  let tables: TableColumns | null = null;
  return (start) => {
    if (!opensCell(text, start)) return null;
    tables ??= new TableColumns(text);
    return tables.headerAt(start);
  };
}

/**
 * The values matching `cell` (a global pattern, reset here) that open a cell under a column whose header passes
 * `header`: "...,dl_number,..." over "...,HOLLIBR284KL,...". Tables are read only when a value opens a cell.
 */
export function cellsUnderColumn(
  text: string,
  cell: RegExp,
  header: (name: string) => boolean,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let tables: TableColumns | null = null;
  cell.lastIndex = 0;
  for (let m = cell.exec(text); m !== null; m = cell.exec(text)) {
    if (!opensCell(text, m.index)) continue;
    tables ??= new TableColumns(text);
    const name = tables.headerAt(m.index);
    if (name !== null && header(name)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
