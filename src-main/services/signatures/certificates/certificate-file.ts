import { X509Certificate } from 'node:crypto'
import { ValidationError } from '../../../shared/errors'

/** A certificate file as Windows exports it (.cer, DER or base64 PEM) or as authorities publish it (.pem, .crt). */
export function readCertificateFile(bytes: Buffer): X509Certificate {
  try {
    return new X509Certificate(bytes)
  } catch {
    throw new ValidationError('Ce fichier n’est pas un certificat lisible (.cer, .crt ou .pem).', {
      file: 'Certificat illisible.'
    })
  }
}
