import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY_HEADER,
  contentSecurityPolicyMeta
} from '../../../src-main/main/content-security-policy'

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/)
      return [name, values.join(' ')]
    })
  )
}

describe('the renderer’s Content-Security-Policy', () => {
  const header = directives(CONTENT_SECURITY_POLICY_HEADER)

  it('allows only the app’s own scripts and stylesheets: no inline code, no eval, no other origin', () => {
    expect(header.get('default-src')).toBe("'none'")
    expect(header.get('script-src')).toBe("'self'")
    expect(header.get('style-src')).toBe("'self'")
    expect(CONTENT_SECURITY_POLICY_HEADER).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it('lets the page fetch nothing, submit nothing, embed nothing, and be framed by nobody', () => {
    expect(header.get('connect-src')).toBe("'none'")
    expect(header.get('form-action')).toBe("'none'")
    expect(header.get('object-src')).toBe("'none'")
    expect(header.get('base-uri')).toBe("'none'")
    expect(header.get('frame-ancestors')).toBe("'none'")
    expect(header.get('img-src')).toBe("'self' data:")
  })

  it('writes the same policy into the built page, without frame-ancestors (ignored in a meta tag)', () => {
    const meta = directives(contentSecurityPolicyMeta('built-app'))
    expect([...meta.keys()].sort()).toEqual(
      [...header.keys()].filter((key) => key !== 'frame-ancestors').sort()
    )
    for (const [name, value] of meta) expect(header.get(name)).toBe(value)
  })

  it('loosens only the dev server’s page: inline styles for hot reload, and its websocket', () => {
    const dev = directives(contentSecurityPolicyMeta('dev-server'))
    expect(dev.get('style-src')).toBe("'self' 'unsafe-inline'")
    expect(dev.get('connect-src')).toBe("'self' ws:")
    expect(dev.get('script-src')).toBe("'self'")
  })
})
