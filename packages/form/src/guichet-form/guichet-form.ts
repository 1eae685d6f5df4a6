import {
  catalogue,
  chooseAlternative,
  DEFAULT_DRAFT_LIFETIME,
  draftKey,
  getAt,
  createFormState,
  currentStep,
  idForPointer,
  loadProcedure,
  localize,
  goToStep,
  loadValidator,
  needsValidatorToShow,
  nextStep,
  prepareProcedure,
  previousStep,
  questionChanges,
  reviewSteps,
  ProcedureError,
  setLocale,
  setValue,
  showErrors,
  shownPointers,
  stepList,
  stepSummaries,
  submissionData,
  validateAll,
  validateStep,
  validatorLoaded,
  type FieldError,
  type FieldView,
  type FormState,
  type PrecompiledValidator,
  type Problem,
  type Procedure,
  type StepView,
} from '@guichet/core';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { AddressSearch } from '../address/address-search.js';
import { settledDefinitions } from '../base/define-later.js';
import { GuichetElement } from '../base/guichet-element.js';
import type { GuichetChangeDetail } from '../events/guichet-change.js';
import type { GuichetErrorDetail } from '../events/guichet-error.js';
import type { GuichetInvalidDetail } from '../events/guichet-invalid.js';
import type { GuichetStepChangeDetail } from '../events/guichet-step-change.js';
import type { GuichetSubmitDetail } from '../events/guichet-submit.js';
import type { GuichetSubmittedDetail } from '../events/guichet-submitted.js';
import { addressStyles } from '../widgets/address/address.styles.js';
import { widgetFor } from '../widgets/registry.js';
import type { WidgetHost } from '../widgets/widget.js';
import { importValidator } from './compiled-validator.js';
import type { SendingController } from './sending.js';
import { moveFocus } from './focus.js';
import { headingLevels, type HeadingLevels } from './headings.js';
import type * as DraftsPart from './drafts-part.js';
import { renderKeepOnDevice } from './keep-on-device.js';
import { draftStored } from './draft-storage.js';
import type * as ReviewPart from './review-part.js';
import { renderStepList } from './step-list.js';
import { formStyles } from './guichet-form.styles.js';

type Loaded = { procedure: Procedure } | { problems: readonly Problem[]; message: string; kind: 'procedure' | 'load' };

function load(input: unknown, validator: PrecompiledValidator | undefined): Loaded {
  try {
    // Compiled after the first frame (#prepare): the questions show first.
    return { procedure: loadProcedure(input, { compile: 'later', validator }) };
  } catch (error) {
    if (error instanceof ProcedureError) return { problems: error.problems, message: error.message, kind: 'procedure' };
    throw error;
  }
}

/** The procedure (or schema) at `src`, fetched from the page's own site. */
async function fetchProcedure(src: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(src, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as unknown;
}

/** Runs `task` when the page is idle (within a second), or soon where browsers cannot tell (Safari). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}

/**
 * @summary Renders a Guichet procedure, or a bare JSON Schema, as an accessible, multi-step form.
 * @tagname guichet-form
 *
 * @fires guichet-change - The person changed an answer; detail `{ pointer, value, data }`.
 * @fires guichet-step-change - Another step is shown after the person's action; detail `{ id, index, previousId }` (id `review` for the review page).
 * @fires guichet-invalid - A step or the submission was refused; detail `{ errors }`.
 * @fires guichet-submit - Before sending valid answers; cancelable: cancel it to send them yourself. Detail `{ procedure, data }`.
 * @fires guichet-submitted - The receiver accepted the answers; detail `{ reference, status }`.
 * @fires guichet-error - The procedure cannot be loaded or shown, or sending failed; detail `{ kind, problems, message }`.
 *
 * @csspart form - The form element.
 * @csspart title - The procedure's title.
 * @csspart steps - The list of steps (steps behind are links to go back to them).
 * @csspart position - "Étape 2 sur 4".
 * @csspart step-heading - The title of the current step (it receives focus on step change).
 * @csspart error-summary - The box listing the errors of the step (it receives focus after a refused step).
 * @csspart field - The block of one question.
 * @csspart label - A question's label.
 * @csspart hint - A question's hint.
 * @csspart error-message - A question's error message.
 * @csspart input - An input, select, textarea, radio or checkbox.
 * @csspart nav-button - The Previous, Continue and Send buttons.
 * @csspart problems - The message shown instead of a procedure that cannot be shown.
 * @csspart confirmation - The confirmation shown after sending.
 *
 * @cssprop [--guichet-color-primary=#1f4e9c] - Buttons, links and the focus ring's partner colour.
 * @cssprop [--guichet-color-text=#1a1a1a] - Text.
 * @cssprop [--guichet-color-error=#b00020] - Errors.
 * @cssprop [--guichet-color-focus=#ffbf47] - The focus ring.
 * @cssprop [--guichet-font-family=inherit] - The font (the page's by default).
 * @cssprop [--guichet-radius=4px] - Corners of inputs and buttons.
 * @cssprop [--guichet-spacing=1em] - The space between questions.
 */
export class GuichetForm extends GuichetElement {
  static override styles: CSSResultGroup = [GuichetElement.styles, formStyles, addressStyles];

  /** URL of a procedure, or of a bare JSON Schema, fetched from the page's own site. */
  @property() src = '';

  /** A procedure document (takes precedence over `src`). */
  @property({ attribute: false }) procedure: unknown;

  /** A bare JSON Schema (draft-07 or 2020-12), when there is no `procedure`. */
  @property({ attribute: false }) schema: unknown;

  /**
   * URL of the procedure's validator compiled ahead by `guichet-compile` (an ES module on the
   * page's own site): with it, the page loads no compiler and the form runs under a
   * Content-Security-Policy without `unsafe-eval`. Used only if compiled from this very procedure.
   */
  @property({ attribute: 'validator-src' }) validatorSrc = '';

  /**
   * Where what the person types is kept until it is sent: `session` (default: this tab only; the
   * person may opt in to keep it on this device) or `off` (nothing kept: a kiosk, a shared terminal).
   */
  @property() drafts: 'session' | 'off' = 'session';

  /** How many hours a draft may be given back (24 by default). */
  @property({ type: Number, attribute: 'draft-hours' }) draftHours = DEFAULT_DRAFT_LIFETIME / 3_600_000;

  /** The validator compiled ahead itself (the module's default export), for pages built with a bundler. */
  @property({ attribute: false }) validator: PrecompiledValidator | undefined;

  /** Where to send the answers; overrides the procedure's `submission.endpoint`. */
  @property() action = '';

  /** Hides the procedure's title, for a page whose own heading already names it. */
  @property({ type: Boolean, attribute: 'no-title' }) noTitle = false;

  /**
   * The level of the form's first heading (1 to 6), so it continues the page's outline: 2 by
   * default (the title under the page's h1); the step titles and the headings inside follow.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * An address search service (such as `banAddressSearch()`) offered above postal addresses;
   * none by default, and nothing leaves the page without one. What the person types in the
   * search box is sent to it: list it among the recipients of the privacy notice.
   */
  @property({ attribute: false }) addressSearch: AddressSearch | undefined;

  @state() private formState: FormState | undefined;
  @state() private refusal: Extract<Loaded, { problems: unknown }> | undefined;
  @state() private announcement = '';
  @state() private receipt: { reference?: string } | undefined;
  @state() private confirming: string | undefined;
  @state() private reviewing = false;
  @state() private waitingForValidator = false;
  @state() private fetching = false;
  /** The consent boxes the person ticked, by purpose id. */
  @state() private consents: Record<string, boolean> = {};
  /** Shown when the person tries to send without the consent the request depends on. */
  @state() private consentError: string | undefined;

  #initialData: unknown;
  /** The drafts' part, loaded when there is a draft to give back or once the person answers. */
  #draftsPart: typeof DraftsPart | undefined;
  /** What the person typed, kept until it is sent (see `drafts`). */
  #drafts: DraftsPart.Drafts | undefined;

  /** The drafts' part being fetched, and what waits on it: `updateComplete` waits for them. */
  #draftsLoading: Promise<unknown> | undefined;

  /** Makes `updateComplete` wait for `promise`, until it settles. */
  #track(promise: Promise<unknown>): void {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.#draftsLoading = settled;
    void settled.then(() => {
      if (this.#draftsLoading === settled) this.#draftsLoading = undefined;
    });
  }

  #loadDrafts(): Promise<DraftsPart.Drafts> {
    const loading = this.#fetchDrafts();
    this.#track(loading);
    return loading;
  }

  async #fetchDrafts(): Promise<DraftsPart.Drafts> {
    const part = (this.#draftsPart ??= await import('./drafts-part.js'));
    this.#drafts ??= new part.Drafts(
      () => {
        this.requestUpdate();
      },
      () => this.draftHours * 3_600_000,
    );
    return this.#drafts;
  }
  /** Whether the person has answered anything yet: only then is there a draft to keep. */
  #touched = false;
  /** Sending, once the review page or a `submit()` has loaded it. */
  #sending: SendingController | undefined;
  /** The review page's part (notice, consents, sending), loaded with it. */
  #reviewPart: typeof ReviewPart | undefined;

  /** Loads the review page's part and the privacy notice's texts (`updateComplete` waits for them). */
  #loadReviewPart(): Promise<typeof ReviewPart> {
    const loading = this.#fetchReviewPart();
    this.#track(loading);
    return loading;
  }

  async #fetchReviewPart(): Promise<typeof ReviewPart> {
    const part = (this.#reviewPart ??= await import('./review-part.js'));
    await part.loadPrivacyTexts();
    this.#sending ??= new part.SendingController(this);
    return part;
  }
  /** The submission under way, which a second click or call shares. */
  #submitting: Promise<boolean> | undefined;
  #pendingFocus: string | undefined;
  #attempted = false;
  #loadedFrom: unknown;
  /** The validator imported from `validator-src`. */
  #imported: PrecompiledValidator | undefined;

  /** Stops the fetch of an earlier `src` or `validator-src`. */
  #fetching: AbortController | undefined;

  /** Fetches `src` (unless a procedure or schema is given) and imports `validator-src`, then loads them. */
  #fetch(): void {
    this.#fetching?.abort();
    const { src, validatorSrc } = this;
    this.fetching = src !== '' || validatorSrc !== '';
    if (!this.fetching) return;
    const current = new AbortController();
    this.#fetching = current;
    const given = this.procedure !== undefined || this.schema !== undefined;
    const fetched = !src || given ? undefined : fetchProcedure(src, current.signal);
    Promise.all([fetched, validatorSrc ? importValidator(validatorSrc) : undefined]).then(
      ([input, validator]) => {
        if (current.signal.aborted) return;
        this.fetching = false;
        this.#imported = validator;
        const loaded = this.procedure ?? this.schema ?? input;
        // Loaded again when the validator arrives after the procedure.
        if (loaded !== undefined && (loaded !== this.#loadedFrom || validator !== undefined)) this.#accept(loaded);
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        this.fetching = false;
        const message = error instanceof Error ? error.message : String(error);
        this.refusal = { problems: [], message, kind: 'load' };
        this.emit<GuichetErrorDetail>('guichet-error', { kind: 'load', problems: [], message });
      },
    );
  }

  /** The answers: the initial ones until the procedure is loaded, then the current ones. */
  get data(): Record<string, unknown> {
    if (this.formState) return this.formState.data;
    return typeof this.#initialData === 'object' && this.#initialData !== null ? (this.#initialData as Record<string, unknown>) : {};
  }

  set data(value: unknown) {
    this.#initialData = value;
    if (this.formState) this.formState = createFormState(this.formState.procedure, { data: value, locale: this.language });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('validatorSrc')) this.#fetch();
    if (changed.has('procedure') || changed.has('schema') || changed.has('validator')) {
      const input = this.procedure ?? this.schema;
      // With `validator-src`, the procedure waits for the validator (#fetch).
      const waiting = this.validatorSrc !== '' && this.validator === undefined && this.fetching;
      if (input !== undefined && !waiting && (input !== this.#loadedFrom || changed.has('validator'))) this.#accept(input);
    }
    if (changed.has('lang') && this.formState) this.formState = setLocale(this.formState, this.language);
  }

  #accept(input: unknown): void {
    this.#loadedFrom = input;
    const loaded = load(input, this.validator ?? this.#imported);
    this.receipt = undefined;
    this.#attempted = false;
    if (!('procedure' in loaded)) {
      this.formState = undefined;
      this.refusal = loaded;
      this.emit<GuichetErrorDetail>('guichet-error', { kind: loaded.kind, problems: loaded.problems, message: loaded.message });
      return;
    }
    const { procedure } = loaded;
    this.refusal = undefined;
    const show = (drafts?: DraftsPart.Drafts): void => {
      if (this.#loadedFrom !== input) return;
      this.waitingForValidator = false;
      const restored = drafts?.restore(procedure, this.language);
      this.formState = restored ?? createFormState(procedure, { data: this.#initialData, locale: this.language });
      // After the first frame, when the page is idle: the questions show without waiting for it.
      requestAnimationFrame(() => {
        whenIdle(() => {
          void this.#withValidator(procedure).then((ready) => {
            if (ready && this.formState?.procedure === procedure) this.#prepare();
          });
        });
      });
    };
    // A draft to give back: its part comes first (a first visit does without it).
    const start = (): void => {
      if (this.drafts === 'off' || !draftStored(draftKey(procedure))) {
        show();
        return;
      }
      this.waitingForValidator = true;
      this.#track(
        this.#loadDrafts().then(show, () => {
          show();
        }),
      );
    };
    // Conditions and alternatives test answers against the schema: those wait for the validator.
    if (validatorLoaded(procedure) || !needsValidatorToShow(procedure)) {
      start();
      return;
    }
    this.formState = undefined;
    this.waitingForValidator = true;
    void this.#withValidator(procedure).then((ready) => {
      if (ready) start();
    });
  }

  /**
   * Loads the validator if the bundle left it for later (`@guichet/core/lite`); when it cannot
   * be fetched, says so in place of the form. Resolves to whether it is there.
   */
  async #withValidator(procedure = this.formState?.procedure): Promise<boolean> {
    if (!procedure) return false;
    if (validatorLoaded(procedure)) return true;
    try {
      await loadValidator(procedure);
      return true;
    } catch (error) {
      this.#failedToLoad(error);
      return false;
    }
  }

  /** A part of the form could not be fetched (the network, most often): says so in place of the form. */
  #failedToLoad(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.waitingForValidator = false;
    this.formState = undefined;
    this.refusal = { problems: [], message, kind: 'load' };
    this.emit<GuichetErrorDetail>('guichet-error', { kind: 'load', problems: [], message });
  }

  get #headings(): HeadingLevels {
    return headingLevels(this.headingLevel, !this.noTitle);
  }

  get #messages() {
    return catalogue(this.language);
  }

  #widgetHost(): WidgetHost {
    return {
      messages: this.#messages,
      setValue: (pointer, value) => {
        this.#change(pointer, value);
      },
      chooseAlternative: (pointer, index) => {
        this.#choose(pointer, index);
      },
      renderField: (field) => this.#renderField(field),
      announce: (text) => {
        this.announcement = text;
      },
      focusLater: (id) => {
        this.#pendingFocus = id;
        this.requestUpdate();
      },
      confirming: this.confirming,
      confirm: (pointer) => {
        this.confirming = pointer;
      },
      addressSearch: this.addressSearch,
    };
  }

  /** Also waits for the elements a widget asked to define (the combobox, the address search). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    // A draft to give back, or one being saved after the first answer: their part, then its render.
    while (this.#draftsLoading) {
      await this.#draftsLoading;
      complete = await super.getUpdateComplete();
    }
    await settledDefinitions();
    return complete;
  }

  override updated(): void {
    const id = this.#pendingFocus;
    if (id === undefined) return;
    this.#pendingFocus = undefined;
    moveFocus(this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`));
  }

  #change(pointer: string, value: unknown): void {
    if (this.formState) this.#apply(pointer, setValue(this.formState, pointer, value), value);
  }

  #choose(pointer: string, index: number): void {
    if (!this.formState) return;
    const next = chooseAlternative(this.formState, pointer, index);
    this.#apply(pointer, next, getAt(next.data, pointer));
  }

  /** Shows the state after the person's answer at `pointer`, and says what changed. */
  #apply(pointer: string, changed: FormState, value: unknown): void {
    const before = this.formState;
    if (!before) return;
    let next = changed;
    if (next === before) return;
    // Errors appear after an attempt, then follow the corrections (GOV.UK).
    if (this.#attempted) next = validateStep(next);
    const { added, removed } = questionChanges(before, next);
    this.announcement = added || removed ? this.#messages.form.questionsChanged({ added, removed }) : '';
    this.formState = next;
    this.#touched = true;
    this.#keepDraft();
    this.emit<GuichetChangeDetail>('guichet-change', { pointer, value, data: next.data });
  }

  /** Saves the form in progress as a draft, a moment later, once the person has answered something. */
  #keepDraft(): void {
    if (this.drafts === 'off' || !this.#touched || !this.formState) return;
    // No render of its own (the opt-in shows at the next one): a render while the person types
    // in another input of the question would put back what the state holds in it.
    void this.#loadDrafts().then((drafts) => {
      if (this.formState) drafts.save(this.formState);
    });
  }

  readonly #onStorage = (event: StorageEvent): void => {
    const procedure = this.formState?.procedure;
    if (procedure && this.drafts !== 'off' && event.key === draftKey(procedure)) {
      void this.#loadDrafts().then((drafts) => {
        drafts.otherTabSaved(procedure);
      });
    }
  };

  readonly #onPageHide = (): void => {
    this.#drafts?.flush();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.#onStorage);
    window.addEventListener('pagehide', this.#onPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('pagehide', this.#onPageHide);
    this.#drafts?.flush();
  }

  /** What the drafts' notice and opt-in do. */
  #draftActions(): DraftsPart.DraftActions {
    return {
      startAgain: () => {
        this.reset();
      },
      eraseOtherVersion: () => {
        if (this.formState) this.#drafts?.clear(this.formState.procedure);
        this.requestUpdate();
      },
      takeOther: () => {
        const procedure = this.formState?.procedure;
        const restored = procedure ? this.#drafts?.takeOther(procedure, this.language) : undefined;
        if (restored) this.formState = restored;
        this.requestUpdate();
      },
      keepMine: () => {
        if (this.formState) this.#drafts?.keepMine(this.formState);
        this.requestUpdate();
      },
    };
  }

  /**
   * Compiles the procedure's schema if it is not yet (it is after the first frame); when it
   * cannot be compiled, the form is replaced by the refusal, as at load. Returns whether it can
   * be used.
   */
  #prepare(): boolean {
    const formState = this.formState;
    if (!formState || !validatorLoaded(formState.procedure)) return false;
    try {
      prepareProcedure(formState.procedure);
      return true;
    } catch (error) {
      if (!(error instanceof ProcedureError)) throw error;
      this.formState = undefined;
      this.refusal = { problems: error.problems, message: error.message, kind: 'procedure' };
      this.emit<GuichetErrorDetail>('guichet-error', { kind: 'procedure', problems: error.problems, message: error.message });
      return false;
    }
  }

  /**
   * Shows and returns the errors of the current step. In the split bundle, until the validator
   * has loaded (it does as soon as the page is idle after the first render), it returns no error
   * and shows them once loaded.
   */
  validate(): FieldError[] {
    if (!this.formState || !validatorLoaded(this.formState.procedure)) {
      void this.#withValidator().then((ready) => {
        if (ready) this.validate();
      });
      return [];
    }
    if (!this.#prepare() || !this.formState) return [];
    this.#attempted = true;
    this.formState = validateStep(this.formState);
    return [...this.formState.errors];
  }

  /** Validates the current step and moves to the next one when it is complete. Resolves to whether it moved. */
  async next(): Promise<boolean> {
    if (!(await this.#withValidator()) || !this.#prepare()) return false;
    const before = this.formState;
    if (!before) return false;
    const after = nextStep(before);
    this.formState = after;
    if (after.errors.length > 0) {
      this.#attempted = true;
      await this.#refused(after.errors);
      return false;
    }
    if (after.step === before.step) return false;
    await this.#stepChanged(before);
    return true;
  }

  /** Goes back to the previous step, keeping the answers. */
  async previous(): Promise<boolean> {
    const before = this.formState;
    if (!before) return false;
    if (this.reviewing) {
      this.reviewing = false;
      await this.#stepChanged(before);
      return true;
    }
    const after = previousStep(before);
    if (after === before) return false;
    this.formState = after;
    await this.#stepChanged(before);
    return true;
  }

  /** Reopens a step already answered, from the list of steps. */
  async #goTo(index: number): Promise<void> {
    const before = this.formState;
    if (!before) return;
    this.reviewing = false;
    this.formState = goToStep(before, index);
    await this.#stepChanged(before);
  }

  /** Validates every answer; shows the first step in error and refuses, or returns the valid state. */
  async #validateAll(): Promise<FormState | undefined> {
    if (!(await this.#withValidator()) || !this.#prepare()) return undefined;
    const before = this.formState;
    if (!before) return undefined;
    const after = validateAll(before);
    this.formState = after;
    if (after.errors.length === 0) return after;
    this.#attempted = true;
    if (after.step !== before.step) await this.#stepChanged(before, false);
    await this.#refused(after.errors);
    return undefined;
  }

  /**
   * Validates every answer; when they are valid, fires `guichet-submit` and, unless it is
   * cancelled, sends the answers. Resolves to whether they were accepted. Called again while
   * they are on their way (a double click), it returns the same promise: they are sent once.
   */
  submit(): Promise<boolean> {
    this.#submitting ??= this.#submit().finally(() => {
      this.#submitting = undefined;
    });
    return this.#submitting;
  }

  async #submit(): Promise<boolean> {
    const after = await this.#validateAll();
    if (!after) return false;
    const procedure = after.procedure;
    let part: typeof ReviewPart;
    try {
      part = await this.#loadReviewPart();
    } catch (error) {
      this.#failedToLoad(error);
      return false;
    }
    const { consentProofs, formDataOf, hashNotice, missingConsent, multipartPayload, privacyMessages, privacyNotice, submissionEnvelope } = part;
    const sending = this.#sending as SendingController;
    // The consent the request depends on (consent is the basis of its main purpose), when unticked.
    const missing = missingConsent(procedure, this.consents, this.language);
    if (missing) {
      this.consentError = privacyMessages(this.#messages.locale).envelope.consentRefused({ purpose: missing.label });
      await this.updateComplete;
      moveFocus(this.renderRoot.querySelector<HTMLElement>(`#consent-${CSS.escape(missing.id)}`));
      return false;
    }
    const noticeHash = await hashNotice(privacyNotice(procedure, this.#messages.locale));
    const detail: GuichetSubmitDetail = submissionEnvelope(procedure, submissionData(after), consentProofs(procedure, this.consents, { noticeHash }));
    const event = this.emit<GuichetSubmitDetail>('guichet-submit', detail, { cancelable: true });
    if (event.defaultPrevented) return true;
    const endpoint = this.action || after.procedure.document.submission?.endpoint;
    if (!endpoint) return true;
    const json = JSON.stringify(detail);
    const multipart = after.procedure.document.submission?.encoding === 'multipart';
    const result = await sending.send(endpoint, json, multipart ? formDataOf(multipartPayload(after.procedure, detail)) : json);
    if (result.kind === 'accepted') {
      this.#drafts?.clear(procedure);
      const { status, reference } = result;
      this.receipt = reference === undefined ? {} : { reference };
      this.emit<GuichetSubmittedDetail>('guichet-submitted', reference === undefined ? { status } : { status, reference });
      await this.updateComplete;
      moveFocus(this.renderRoot.querySelector<HTMLElement>('.confirmation'));
      return true;
    }
    if (result.kind === 'invalid') {
      await this.#receiverRefused(result.errors.map((e) => ({ pointer: e.pointer, keyword: 'receiver', message: e.message })));
      return false;
    }
    const message = result.status === undefined ? (result.failure ?? 'network') : `HTTP ${result.status}`;
    this.emit<GuichetErrorDetail>('guichet-error', { kind: 'submit', problems: [], message });
    return false;
  }

  /** Shows the errors a receiver found (a 422) on their fields: the first step with one, its error summary focused. */
  async #receiverRefused(errors: FieldError[]): Promise<void> {
    const before = this.formState;
    if (!before) return;
    this.reviewing = false;
    this.formState = showErrors(before, errors);
    this.#attempted = true;
    await this.#stepChanged(before, false);
    await this.#refused(errors);
  }

  /** Validates every answer and, when they are valid, shows the review page ("Vérifiez vos réponses"). */
  async review(): Promise<boolean> {
    const before = this.formState;
    const after = await this.#validateAll();
    if (!before || !after) return false;
    // The review page shows the privacy notice and sends: that part comes with it.
    try {
      await this.#loadReviewPart();
    } catch (error) {
      this.#failedToLoad(error);
      return false;
    }
    this.reviewing = true;
    const previous = before.procedure.steps[before.step];
    this.emit<GuichetStepChangeDetail>('guichet-step-change', { id: 'review', index: after.procedure.steps.length, previousId: previous?.id ?? '' });
    await this.updateComplete;
    moveFocus(this.renderRoot.querySelector<HTMLElement>('.step-heading'));
    return true;
  }

  /** Starts again from the initial answers, on the first step. */
  reset(): void {
    if (!this.formState) return;
    this.reviewing = false;
    this.#attempted = false;
    this.receipt = undefined;
    this.#sending?.reset();
    this.consents = {};
    this.consentError = undefined;
    this.#drafts?.clear(this.formState.procedure);
    this.#touched = false;
    this.formState = createFormState(this.formState.procedure, { data: this.#initialData, locale: this.language });
  }

  async #refused(errors: readonly FieldError[]): Promise<void> {
    this.emit<GuichetInvalidDetail>('guichet-invalid', { errors: [...errors] });
    await this.updateComplete;
    // In the next frame, before it is drawn: focusing now would lay the whole step out at once,
    // and again for the frame (30 ms for 200 questions on a slow machine).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    moveFocus(this.renderRoot.querySelector<HTMLElement>('.error-summary'));
  }

  async #stepChanged(before: FormState, focusHeading = true): Promise<void> {
    const after = this.formState as FormState;
    this.#keepDraft();
    if (!focusHeading || after.errors.length === 0) this.#attempted = after.errors.length > 0;
    const step = after.procedure.steps[after.step];
    const previous = before.procedure.steps[before.step];
    this.emit<GuichetStepChangeDetail>('guichet-step-change', {
      id: step?.id ?? '',
      index: after.step,
      previousId: previous?.id ?? '',
    });
    await this.updateComplete;
    if (focusHeading) moveFocus(this.renderRoot.querySelector<HTMLElement>('.step-heading'));
  }

  #focusField(event: Event, pointer: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(idForPointer(pointer))}`);
    if (!target) return;
    moveFocus(target);
    target.closest('.field')?.scrollIntoView({ block: 'start' });
  }

  /** The widgets' host, the same for every field of one render (it reads the element's state when called). */
  #host: WidgetHost | undefined;

  #renderField(field: FieldView): TemplateResult {
    const fields = this.formState?.procedure.document.fields;
    const presentation = fields && Object.prototype.hasOwnProperty.call(fields, field.key) ? fields[field.key] : undefined;
    this.#host ??= this.#widgetHost();
    return widgetFor(field, presentation)(field, this.#host);
  }

  #renderErrorSummary(errors: readonly FieldError[], step: StepView): TemplateResult | typeof nothing {
    if (errors.length === 0) return nothing;
    const shown = shownPointers(step);
    const m = this.#messages;
    const h = this.#headings.section;
    return staticHtml`<div part="error-summary" class="error-summary" aria-labelledby="error-summary-title">
      <div role="alert">
        <${h} class="error-summary-title" id="error-summary-title">${m.form.errorSummaryTitle()}</${h}>
        <ul class="error-summary-list">
          ${errors.map((error) =>
            shown.has(error.pointer)
              ? html`<li>
                  <a href="#${idForPointer(error.pointer)}" @click=${(event: Event) => { this.#focusField(event, error.pointer); }}
                    >${error.message}</a
                  >
                </li>`
              : html`<li>${error.message}</li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  #renderRefusal(refusal: NonNullable<GuichetForm['refusal']>): TemplateResult {
    const m = this.#messages;
    const lang = m.locale;
    const h = this.#headings.top;
    return staticHtml`<div part="problems" class="problems" role="alert">
      <${h} class="problems-title">${m.form.invalidTitle()}</${h}>
      ${refusal.kind === 'load'
        ? html`<p>${m.form.loadFailed({ detail: refusal.message })}</p>`
        : html`<ul>
            ${refusal.problems.map((p) => html`<li>${p.message[lang]} <code>${p.pointer || '/'}</code></li>`)}
          </ul>`}
    </div>`;
  }

  #renderConfirmation(procedure: Procedure): TemplateResult {
    const m = this.#messages;
    const text = localize(procedure.document.submission?.confirmation, m.locale);
    const h = this.#headings.top;
    return staticHtml`<div part="confirmation" class="confirmation" role="status">
      <${h} class="confirmation-title">${m.form.sent()}</${h}>
      ${this.receipt?.reference ? html`<p class="reference">${m.form.reference({ reference: this.receipt.reference })}</p>` : nothing}
      ${text ? html`<p>${text}</p>` : nothing}
    </div>`;
  }

  #renderReview(formState: FormState): TemplateResult {
    const m = this.#messages;
    const h = this.#headings.section;
    return html`${reviewSteps(formState).map(
      (step) => staticHtml`<${h} class="review-step">${step.title}</${h}>
        <dl class="review">
          ${step.rows.map(
            (row) => html`<div class="review-row">
              <dt class="review-label">${row.label}</dt>
              <dd class="review-value">${row.value}</dd>
              <dd class="review-action">
                <a
                  href="#${row.id}"
                  @click=${(event: Event) => {
                    event.preventDefault();
                    this.reviewing = false;
                    this.formState = goToStep(formState, step.index);
                    this.#pendingFocus = row.id;
                  }}
                  >${m.form.change()}<span class="visually-hidden">${m.form.changeWhat({ label: row.label })}</span></a
                >
              </dd>
            </div>`,
          )}
        </dl>`,
    )}
    ${this.#renderPrivacy(formState)}`;
  }

  /** What the form says about a draft, in a live region that is there from the start (so what appears in it is announced). */
  #renderDraftNotice(): TemplateResult | typeof nothing {
    if (this.drafts === 'off') return nothing;
    const content = this.#draftsPart && this.#drafts ? this.#draftsPart.renderDraftNotice(this.#drafts.notice, this.#messages, this.#draftActions()) : nothing;
    return html`<div class="draft-notice" part="draft-notice" role="status">${content}</div>`;
  }

  /** The privacy notice and the consents, on the review page (their part is loaded with it). */
  #renderPrivacy(formState: FormState): TemplateResult | typeof nothing {
    const part = this.#reviewPart;
    if (!part) return nothing;
    const m = this.#messages;
    return html`${part.renderNotice(part.privacyNotice(formState.procedure, m.locale), this.#headings.subsection)}
    ${part.renderConsents(part.consentPurposes(formState.procedure, m.locale), {
      messages: m,
      locale: m.locale,
      choices: this.consents,
      error: this.consentError,
      choose: (purpose, granted) => {
        this.consents = { ...this.consents, [purpose]: granted };
        if (granted) this.consentError = undefined;
      },
    })}`;
  }

  override render(): TemplateResult | typeof nothing {
    // Its messages, confirmation and address search are this render's.
    this.#host = undefined;
    const m = this.#messages;
    if (this.refusal) return this.#renderRefusal(this.refusal);
    const formState = this.formState;
    if (!formState) {
      const loading = this.fetching || this.waitingForValidator;
      return loading ? html`<p role="status" class="loading">${m.form.loading()}</p>` : nothing;
    }
    const procedure = formState.procedure;
    if (this.receipt) return this.#renderConfirmation(procedure);
    const step = currentStep(formState);
    const visible = stepSummaries(formState).filter((s) => s.visible);
    const isFirst = visible[0]?.index === formState.step;
    const isLast = visible[visible.length - 1]?.index === formState.step;
    const title = localize(procedure.document.title, m.locale);
    const reviewing = this.reviewing;
    const sending = this.#sending?.busy === true;
    const h = this.#headings;
    return staticHtml`<form part="form" class="form" novalidate @submit=${(event: Event) => {
      event.preventDefault();
      void (reviewing ? this.submit() : isLast ? this.review() : this.next());
    }}>
      ${this.noTitle ? nothing : staticHtml`<${h.top} part="title" class="title">${title}</${h.top}>`}
      ${renderStepList(stepList(formState, { reviewing }), m, (index) => void this.#goTo(index))}
      ${this.#renderDraftNotice()}
      ${visible.length > 1 && !reviewing ? html`<p part="position" class="position">${step.position}</p>` : nothing}
      <${h.step} part="step-heading" class="step-heading">${reviewing ? m.form.reviewTitle() : step.title}</${h.step}>
      ${reviewing ? this.#renderReview(formState) : this.#renderStep(formState, step, isFirst)}
      ${this.#sending?.render(m) ?? nothing}
      ${this.drafts === 'off'
        ? nothing
        : renderKeepOnDevice(this.#drafts?.device === true, this.draftHours, m, (on) => {
            void this.#loadDrafts().then((drafts) => {
              drafts.keepOnDevice(on, this.#touched ? this.formState : undefined);
              this.requestUpdate();
            });
          })}
      <div class="nav">
        ${isFirst && !reviewing
          ? nothing
          : html`<button type="button" part="nav-button" class="button button--secondary" @click=${() => void this.previous()}>
              ${m.form.previous()}
            </button>`}
        <!-- aria-disabled, not disabled: the button keeps focus while the answers leave. -->
        <button type="submit" part="nav-button" class="button" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? m.form.sending() : reviewing ? m.form.submit() : m.form.next()}
        </button>
      </div>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
    </form>`;
  }

  #renderStep(formState: FormState, step: StepView, isFirst: boolean): TemplateResult {
    const m = this.#messages;
    return html`${step.description ? html`<p class="step-description">${step.description}</p>` : nothing}
      ${this.#renderErrorSummary(formState.errors, step)}
      ${isFirst ? html`<p class="required-note">${m.form.requiredNote()}</p>` : nothing}
      ${step.items.map((item) =>
        item.kind === 'field'
          ? this.#renderField(item)
          : html`<div class="content content--${item.content}" id=${item.id}>
              ${item.content === 'heading'
                ? staticHtml`<${this.#headings.section} class="content-heading">${item.text}</${this.#headings.section}>`
                : html`<p>${item.text}</p>`}
            </div>`,
      )}`;
  }
}
