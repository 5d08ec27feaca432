// The fee-policy engine: pure TypeScript, no I/O — the same code previews in the console and bills on the server.
export { Decimal, dec, money, roundTo, DEFAULT_ROUNDING, type Rounding } from './money.js';
export type { Localized, Locale } from './localized.js';
export type * from './policy/types.js';
export type * from './plugin/types.js';
export { ENGINE_API_VERSION, PHASES } from './plugin/types.js';
export type * from './evaluate/types.js';
export { PluginRegistry, PluginRefused } from './plugin/registry.js';
export { validatePolicy, assertValidPolicy, PolicyInvalid, SHARED_NAME_LIMIT, type Issue } from './policy/validate.js';
export { referencedNames } from './policy/shared-conditions.js';
export { ELEMENT_OPERATORS, ORDER_OPERATORS, comparisonProblem, schemaAt } from './policy/fact-types.js';
export { isFactRef } from './evaluate/conditions.js';
export { compilePolicy, pluginVersionsOf, type CompiledPolicy } from './evaluate/compiled.js';
export { referencePolicy, type ReferencePolicy } from './evaluate/reference.js';
export { formatExplanation, formatLine } from './explain/format.js';
export { lintPolicy, DEFAULT_LINT_OPTIONS, type LintFinding, type LintOptions } from './lint/compliance.js';
export { lateFeesToDate, type OpenBillForLateFee } from './billing/late-fee-to-date.js';
