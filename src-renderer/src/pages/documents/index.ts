export { AgreementDocumentsPanel } from './AgreementDocumentsPanel'
export { AgreementDocumentsPage } from './AgreementDocumentsPage'
export { VerifyDocumentPage } from './VerifyDocumentPage'
export { DocumentPreview } from './DocumentPreview'
