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
 * Real privacy policies are well under 1 MB of text; the longest in our corpus is ~150 KB and
 * the longest we know of in the wild ~300 KB. Anything above is not a policy (a data dump, a
 * hostile page) and would only burn time, so it is refused up front — the extension maps this to
 * PolicyStatus 'too-large'. At this size the worst hostile shapes still finish in a few seconds.
 */
export const MAX_POLICY_CHARS = 1_000_000;
