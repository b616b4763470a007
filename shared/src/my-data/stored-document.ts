/** The fields every stored document has (see docs/data-model.md); the rest is the document's own. */
export interface StoredDocumentLike {
  id: string;
  pk: string;
  tenantId: string;
  type: string;
  _etag?: string;
}
