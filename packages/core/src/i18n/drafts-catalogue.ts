/** What the form says about drafts (answers kept in the browser until they are sent). */
export interface DraftMessages {
  /** Answers of an earlier visit were given back; `savedAt` is already worded. */
  restored(p: { savedAt: string }): string;
  /** Some answers are never kept: sensitive ones and files. */
  leftOut(p: { sensitive: number; files: number }): string;
  /** The button that erases the draft and starts again. */
  startAgain(): string;
  /** A draft of another version of the procedure was not applied. */
  otherVersion(): string;
  /** The button that erases that draft. */
  eraseOtherVersion(): string;
  /** Another tab changed the answers. */
  otherTab(): string;
  takeOther(): string;
  keepMine(): string;
}
