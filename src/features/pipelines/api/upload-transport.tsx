import { createContext, use, type ReactNode } from 'react';
import { xhrTransport, type UploadTransport } from '@/lib/kfp/upload-transport.ts';

const UploadTransportContext = createContext<UploadTransport>(xhrTransport);

/** Replaces the XMLHttpRequest transport of uploads, e.g. with the in-process emulator in component tests. */
export function UploadTransportProvider({
  transport,
  children,
}: {
  readonly transport: UploadTransport;
  readonly children: ReactNode;
}) {
  return <UploadTransportContext value={transport}>{children}</UploadTransportContext>;
}

export function useUploadTransport(): UploadTransport {
  return use(UploadTransportContext);
}
