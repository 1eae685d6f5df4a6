import { assert } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  checkWidgetConformance,
  conformanceStates,
  type ConformanceCase,
  type ConformanceFailure,
  type ConformanceState,
  type Keyboard,
} from './conformance.js';

/** Real key presses through web-test-runner's `sendKeys` (Chromium, Firefox and WebKit launchers). */
export const webTestRunnerKeyboard: Keyboard = {
  press: (key) => sendKeys({ press: key }),
  type: (text) => sendKeys({ type: text }),
};

/** The failures as a readable list, one line each: `[state] check: message`. */
export function formatConformanceFailures(failures: readonly ConformanceFailure[]): string {
  return failures.map((failure) => `[${failure.state}] ${failure.check}: ${failure.message}`).join('\n');
}

/** The globals mocha gives a test file; read when called, so importing this module needs no mocha. */
interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: (this: { timeout(ms: number): void }) => Promise<void>): void;
}

const titles: Record<ConformanceState, string> = {
  empty: 'should conform with no answer, and be reached with Tab',
  filled: 'should conform with an answer, and show it',
  error: 'should conform in error, described and linked from the error summary',
  'read-only': 'should conform read-only, and let nothing change the answer',
  answering: 'should record what a person answers, with guichet-change',
};

/** Options of `describeWidgetConformance`. */
export interface DescribeConformanceOptions {
  /** Real key presses; web-test-runner's `sendKeys` by default. */
  keyboard?: Keyboard;
  /** The time each state may take (axe and real key presses are slow on small machines); 20 s by default. */
  timeout?: number;
}

/**
 * Registers mocha tests that check a widget with `checkWidgetConformance`: a `describe` named
 * after the widget and one `it` per state that applies (empty, filled, error, read-only,
 * answering), each failing with the list of what did not pass. For web-test-runner with
 * `@open-wc/testing`; register the widget before, as the page's application does.
 * @example
 * // test/stars.test.ts, run by web-test-runner
 * import { rankWith, widgetIs, schemaTypeIs, and } from '@guichet/core';
 * import { registerWidget } from '@guichet/form';
 * import { describeWidgetConformance } from '@guichet/form/testing';
 * import { renderStars } from '../src/stars.js';
 *
 * registerWidget({ name: 'stars', tester: rankWith(20, and(schemaTypeIs('integer'), widgetIs('stars'))), render: renderStars });
 *
 * describeWidgetConformance('stars', {
 *   schema: { type: 'integer', minimum: 1, maximum: 5 },
 *   presentation: { widget: 'stars' },
 *   sample: 4,
 *   answer: async ({ control, press }) => {
 *     control().focus();
 *     await press('ArrowRight');
 *     await press('ArrowRight');
 *     await press('ArrowRight');
 *   },
 * });
 */
export function describeWidgetConformance(name: string, testCase: ConformanceCase, options: DescribeConformanceOptions = {}): void {
  const mocha = globalThis as Partial<MochaGlobals>;
  const { describe, it } = mocha;
  if (!describe || !it) throw new Error('describeWidgetConformance runs in a mocha test file (web-test-runner); elsewhere, call checkWidgetConformance.');
  const keyboard = options.keyboard ?? webTestRunnerKeyboard;
  const timeout = options.timeout ?? 20_000;
  describe(`widget « ${name} » conformance`, () => {
    for (const state of conformanceStates(testCase)) {
      it(titles[state], async function () {
        this.timeout(timeout);
        const failures = await checkWidgetConformance(testCase, { keyboard, states: [state] });
        if (failures.length > 0) assert.fail(`The widget « ${name} » fails ${failures.length} check(s):\n${formatConformanceFailures(failures)}`);
      });
    }
  });
}
