// Errors of the file stores (layouts and archives): each names the file, and the member or blob when there is one.

/** A file, directory or archive that cannot serve or take an image as asked. */
export class FileStoreError extends Error {
  /** The absolute path of the file or directory at fault. */
  readonly path: string;
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileStoreError';
    this.path = path;
  }
}
