/** Office's dark theme, in its own chunk: the pane loads it only in a dark Office. */
export { webDarkTheme } from '@fluentui/react-components';
