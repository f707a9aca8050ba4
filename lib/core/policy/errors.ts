/**
 * The one error the policy analyzer throws on purpose. Callers (CLI, background) turn it into a
 * one-line message / PolicyStatus; anything else escaping the analyzer is a bug.
 */
export class PolicyInputError extends Error {
  constructor(message: string) {
    // Keep it one line: the CLI prints `fineprint: <file>: <message>` verbatim.
    super(message.replace(/\s+/g, ' ').trim());
    this.name = 'PolicyInputError';
  }
}

/**
 * Real privacy policies are well under 1 MB of text; the longest in our corpus is ~150 KB.
 * Anything far above is not a policy (a data dump, a hostile page) and would only burn time,
 * so it is refused up front — the extension maps this to PolicyStatus 'too-large'.
 */
export const MAX_POLICY_CHARS = 3_000_000;
