/**
 * The document the pane works on, handed down by React context: the Word gateway in
 * the add-in, a fake in tests (after writing-tools' editor-API context).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { DocumentSource } from '../word/types';

const SourceContext = createContext<DocumentSource | undefined>(undefined);

export function DocumentSourceProvider({ source, children }: { source: DocumentSource; children: ReactNode }) {
  return <SourceContext.Provider value={source}>{children}</SourceContext.Provider>;
}

export function useDocumentSource(): DocumentSource {
  const source = useContext(SourceContext);
  if (!source) throw new Error('useDocumentSource: no DocumentSourceProvider above this component');
  return source;
}
