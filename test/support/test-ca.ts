import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CertificateStore } from '../../src-main/services/signatures/certificate-store'

/** A person's certificate issued by the test CA, as files and bytes. */
export interface TestIdentity {
  p12File: string
  p12: Buffer
  passphrase: string
  certificatePem: string
}

export interface TestCa {
  folder: string
  caPemFile: string
  caPem: string
  /** Claire Martin (La Poste) and Bernard Lafitte (the partner), each with a PKCS#12 file. */
  laPoste: TestIdentity
  partner: TestIdentity
  /** A certificate from another CA that this installation does not trust. */
  stranger: TestIdentity
}

const openssl = (folder: string, args: string[]) =>
  execFileSync('openssl', args, { cwd: folder, stdio: 'pipe' })

function makeCa(folder: string, name: string, subject: string): void {
  openssl(folder, [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.pem`,
    '-days',
    '3650',
    '-subj',
    subject,
    '-utf8',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign'
  ])
}

function issue(folder: string, ca: string, name: string, subject: string): TestIdentity {
  const passphrase = `phrase ${name} secrète`
  writeFileSync(
    join(folder, `${name}.cnf`),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nsubjectKeyIdentifier=hash\n'
  )
  openssl(folder, [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    subject,
    '-utf8'
  ])
  openssl(folder, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${ca}.pem`,
    '-CAkey',
    `${ca}.key`,
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    '3650',
    '-extfile',
    `${name}.cnf`
  ])
  openssl(folder, [
    'pkcs12',
    '-export',
    '-inkey',
    `${name}.key`,
    '-in',
    `${name}.pem`,
    '-certfile',
    `${ca}.pem`,
    '-out',
    `${name}.p12`,
    '-passout',
    `pass:${passphrase}`
  ])
  const p12File = join(folder, `${name}.p12`)
  return {
    p12File,
    p12: readFileSync(p12File),
    passphrase,
    certificatePem: readFileSync(join(folder, `${name}.pem`), 'utf8')
  }
}

/** A test CA with two signers (and a stranger from another CA), made with openssl in `folder`. */
export function makeTestCa(folder: string): TestCa {
  makeCa(folder, 'ca', '/CN=Autorité de test Alliance/O=Tests')
  makeCa(folder, 'other-ca', '/CN=Autorité inconnue/O=Ailleurs')
  return {
    folder,
    caPemFile: join(folder, 'ca.pem'),
    caPem: readFileSync(join(folder, 'ca.pem'), 'utf8'),
    laPoste: issue(folder, 'ca', 'la-poste', '/CN=Claire Martin/O=La Poste/C=FR'),
    partner: issue(folder, 'ca', 'partner', '/CN=Bernard Lafitte/O=Épicerie solidaire/C=FR'),
    stranger: issue(folder, 'other-ca', 'stranger', '/CN=Inconnu/O=Ailleurs')
  }
}

/** An NSS database trusting the test CA, for pdfsig. */
export function nssDatabaseTrusting(ca: TestCa): string {
  const dir = join(ca.folder, 'nss')
  execFileSync('mkdir', ['-p', dir])
  execFileSync('certutil', ['-N', '-d', `sql:${dir}`, '--empty-password'])
  execFileSync('certutil', ['-A', '-d', `sql:${dir}`, '-n', 'test-ca', '-t', 'CT,C,C', '-i', ca.caPemFile])
  return `sql:${dir}`
}

/**
 * An installation that trusts the test CA and holds one identity's certificate, its key sealed with `newPassphrase`:
 * answers the certificate's id.
 */
export async function storeTestCertificate(
  certificates: Pick<CertificateStore, 'addAuthority' | 'importPkcs12'>,
  ca: TestCa,
  who: TestIdentity,
  newPassphrase: string
): Promise<number> {
  await certificates.addAuthority({
    fileName: 'ca.pem',
    dataBase64: Buffer.from(ca.caPem).toString('base64')
  })
  const overview = await certificates.importPkcs12({
    fileName: 'certificat.p12',
    dataBase64: who.p12.toString('base64'),
    passphrase: who.passphrase,
    newPassphrase
  })
  return overview.certificates.at(-1)?.id as number
}
