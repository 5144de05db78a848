// What can be wrong with the parts of a merged index: a source that is not an image or index, a config without a
// platform, two images for one platform, an annotation line that is not key=value. Raised before anything is written.

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}
