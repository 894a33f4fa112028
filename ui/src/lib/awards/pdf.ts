// Draws the first page of a PDF (a certificate's preview, made by the core) onto a canvas with
// pdf.js. pdf.js is loaded on first use, as a chunk of its own; its worker comes from the file
// bundled with the app, never from the network. Its legacy build is used: it carries the
// polyfills the system WebKit of an older Linux may lack.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfWorker = InstanceType<PdfJs['PDFWorker']>;

let loading: Promise<{ pdfjs: PdfJs; worker: PdfWorker }> | null = null;

function load(): Promise<{ pdfjs: PdfJs; worker: PdfWorker }> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then(
    (pdfjs) => {
      // The worker is started here and handed to pdf.js as a port. Left to itself, pdf.js finds
      // the app's origin (tauri://localhost) opaque and would start it from a blob: URL, which
      // the content security policy refuses. One worker serves every preview.
      const port = new Worker(workerUrl, { type: 'module' });
      return { pdfjs, worker: pdfjs.PDFWorker.create({ port }) };
    },
    (e: unknown) => {
      // The next preview tries again.
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The box the page is fitted into, in CSS pixels. */
export interface Fit {
  width: number;
  height: number;
}

/**
 * Renders page 1 of `data`, scaled to fit `fit` whole, onto `target`. The page is drawn on a
 * canvas of its own and copied over only if `current()` still says so, so a newer preview that
 * finished first is never overwritten and the old picture stays until the new one is ready.
 */
export async function renderFirstPage(
  data: ArrayBuffer,
  target: HTMLCanvasElement,
  fit: Fit,
  current: () => boolean,
): Promise<void> {
  const { pdfjs, worker } = await load();
  // pdf.js takes the bytes over (the buffer is moved to the worker): it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(data.slice(0)),
    worker,
    // Nothing is evaluated from strings (the CSP forbids it anyway) and no WebAssembly is
    // fetched: the fonts are embedded and the pictures are PNG or JPEG.
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
  });
  try {
    const doc = await task.promise;
    const page = await doc.getPage(1);
    const natural = page.getViewport({ scale: 1 });
    const scale = Math.min(fit.width / natural.width, fit.height / natural.height);
    const ratio = window.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * ratio });
    const drawn = document.createElement('canvas');
    drawn.width = Math.floor(viewport.width);
    drawn.height = Math.floor(viewport.height);
    await page.render({ canvas: drawn, viewport }).promise;
    if (!current()) return;
    target.width = drawn.width;
    target.height = drawn.height;
    target.style.width = `${Math.floor(viewport.width / ratio)}px`;
    target.style.height = `${Math.floor(viewport.height / ratio)}px`;
    target.getContext('2d')?.drawImage(drawn, 0, 0);
  } finally {
    await task.destroy();
  }
}
