/** The tool's version, as reported in the JSON report and by `livepatch-gate --version`. */
export const VERSION = '0.1.0';
