/**
 * npm run staff:hash -- NAME ROLE            reads a password from stdin, prints the STAFF_USERS entry (scrypt)
 * npm run staff:hash -- NAME ROLE --pbkdf2   the same with PBKDF2 (Web Crypto only, for Workers without node:crypto scrypt)
 * npm run staff:hash -- NAME ROLE --token    a new bearer token for scripts, and its STAFF_TOKENS entry
 * ROLE: editor (upload, correct drafts) or publisher (also publish, replace, unpublish).
 */
import { createInterface } from 'node:readline'
import { hashPassword } from '../staff/password-hash.js'
import { newBearerToken, type StaffRole } from '../staff/staff-accounts.js'

const args = process.argv.slice(2)
const [name, role] = args.filter((a) => !a.startsWith('--'))
if (!name || !/^[^\s:,;]+$/.test(name) || (role !== 'editor' && role !== 'publisher')) {
  console.error('usage: npm run staff:hash -- NAME editor|publisher [--token | --pbkdf2]   (NAME without spaces, : , ;)')
  process.exit(2)
}

if (args.includes('--token')) {
  const { token, entry } = await newBearerToken(name, role as StaffRole)
  console.log(`token (give it to the script, shown once): ${token}`)
  console.log(`STAFF_TOKENS entry:                        ${entry}`)
} else {
  if (process.stdin.isTTY) process.stderr.write('password: ')
  const password = await new Promise<string>((resolve) => createInterface({ input: process.stdin }).once('line', resolve))
  if (password.length < 10) {
    console.error('a staff password needs at least 10 characters')
    process.exit(2)
  }
  console.log(`${name}:${role}:${await hashPassword(password, args.includes('--pbkdf2') ? 'pbkdf2' : 'scrypt')}`)
  process.exit(0)
}
