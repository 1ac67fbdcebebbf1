/** Shared result components for the task pane and the web checker page (no Office here). */
export { ReportView, type ReportViewProps } from './ReportView';
export { PartsOverview, type PartsOverviewProps } from './PartsOverview';
export { DiagnosticList, type DiagnosticListProps } from './DiagnosticList';
export { locateDiagnostic, describeTarget, stateColor, limitText, partLength, diagnosticKey, inDocumentOrder, documentPlace } from './describe';
export { uiStrings, fill, type UiLocale, type UiStrings } from './strings';
