/** A name as the regulation words it, and in English for the API, the console's tooltips and the logs. */
export interface BilingualName {
  readonly zh: string;
  readonly en: string;
}

/** An item of one of the regulation's numbered lists (Art. 13's nine reasons, Art. 23's eight triggers). */
export interface NumberedProvision<TCode extends number> extends BilingualName {
  readonly code: TCode;
}
