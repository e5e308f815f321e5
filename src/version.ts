/** The tool's version, as reported in the JSON report and by `livepatch-gate --version`. */
export const VERSION = '1.0.0';
