/** Styles of the opt-out controls (rendered once by <SiteActions>, so the popup needs no extra wiring). */
export const OPTOUT_CSS = `
.fp-optouts { display: flex; flex-direction: column; gap: 8px; margin-top: 8px; font-size: 13px; }
.fp-optouts h2, .fp-optouts h3 { font-size: 13px; margin: 4px 0; }
.fp-optout-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.fp-optout-btn { font: inherit; font-size: 12px; padding: 3px 8px; border: 1px solid #6b7280; border-radius: 4px;
  background: #fff; color: #111827; cursor: pointer; text-decoration: none; }
.fp-optout-btn:hover, .fp-optout-btn:focus-visible { background: #f3f4f6; }
.fp-optout-note { color: #4b5563; margin: 0; }
.fp-optout-warn { color: #92400e; }
button.fp-optout-warn { border-color: #b45309; }
.fp-optout-links { margin: 0; padding-left: 18px; }
.fp-letter summary { cursor: pointer; }
.fp-letter-body { display: flex; flex-direction: column; gap: 6px; margin-top: 6px; }
.fp-letter-body textarea { width: 100%; box-sizing: border-box; font: inherit; font-size: 12px; }
`;
