export type DiagnosticCode = 'placeholder.code';
