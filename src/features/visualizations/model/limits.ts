/**
 * Size limits for everything the visualizations read. One place, so the loader, the parsers and the
 * tests agree.
 *
 * How a big source is handled (a 50 MB CSV must never freeze the tab):
 * 1. Reading: a table is first fetched with `peek=PREVIEW_BYTES` (the KFP UI server returns only the
 *    first bytes); the user may then "load all", which fetches at most FULL_BYTES. Other viewers need
 *    the whole file to be correct (a confusion matrix with missing cells is wrong, not partial), so
 *    they are fetched up to FULL_BYTES at once. A source cut at a limit is marked `truncated`.
 * 2. Parsing: CSV text is parsed in record-aligned chunks of CSV_CHUNK_CHARS (see csv.ts); the async
 *    parser yields to the event loop between chunks, and every parser stops at a row cap, so no single
 *    synchronous step handles more than one chunk and the result never grows past the cap.
 * 3. JSON (ui metadata, metrics): the text length is checked before JSON.parse and the nesting depth is
 *    measured by a linear scan, so hostile files fail fast with a clear message.
 */

const MIB = 1024 * 1024;

/** First look at a table: the `peek` sent to `artifacts/get`. */
export const PREVIEW_BYTES = 1 * MIB;

/** "Load all": the most any one source may be, for any viewer. */
export const FULL_BYTES = 50 * MIB;

/** An `mlpipeline-ui-metadata` file (inline web-app HTML can make it big). */
export const UI_METADATA_BYTES = 16 * MIB;

/** An `mlpipeline-metrics` file. */
export const METRICS_JSON_BYTES = 1 * MIB;

/** Deepest nesting accepted in any JSON we parse. */
export const MAX_JSON_DEPTH = 64;

/** Outputs in one ui-metadata file. */
export const MAX_OUTPUTS = 100;

/** Rows kept from a table; more are dropped and the table is marked truncated. */
export const MAX_TABLE_ROWS = 100_000;

/** Points kept per ROC curve. */
export const MAX_ROC_POINTS = 100_000;

/** Classes in a confusion matrix (the matrix has this squared cells). */
export const MAX_CONFUSION_LABELS = 200;

/** Scalars in one metrics viewer. */
export const MAX_METRICS = 1_000;

/** CSV text handled in one synchronous step. */
export const CSV_CHUNK_CHARS = 256 * 1024;
