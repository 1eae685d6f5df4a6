/**
 * @guichet/form/testing: the conformance suite every widget passes, built-in or an agency's.
 * `checkWidgetConformance` returns failures and runs in any browser test; `describeWidgetConformance`
 * registers mocha tests for web-test-runner with `@open-wc/testing`. See docs/widgets.md.
 * @packageDocumentation
 */
export {
  checkWidgetConformance,
  conformanceProcedure,
  conformanceQuestion,
  conformanceStates,
  type AnswerHelpers,
  type ConformanceCase,
  type ConformanceCheck,
  type ConformanceFailure,
  type ConformanceOptions,
  type ConformanceState,
  type Keyboard,
} from './conformance.js';
export { describeWidgetConformance, formatConformanceFailures, webTestRunnerKeyboard, type DescribeConformanceOptions } from './describe.js';
