/**
 * The deploy files a reader copies as they are: the GitHub Pages workflow and the Dockerfile.
 * The workflow is read (its commands are this project's, its environment names are the ones the
 * build reads, it publishes the folder the build writes); the container is built and run where
 * Docker is, and the test says why it is skipped where it is not.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = path.join(import.meta.dirname, '..', '..')
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}

describe('the GitHub Pages workflow', () => {
  const workflow = parse(read('.github/workflows/pages.yml')) as {
    on: { push: { branches: string[] } }
    jobs: Record<string, { steps: Step[]; needs?: string }>
  }
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts

  it('builds on a push to main and deploys what the build job uploaded', () => {
    expect(workflow.on.push.branches).toEqual(['main'])
    expect(workflow.jobs['deploy']?.needs).toBe('build')
    expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true)
  })

  it('runs only npm scripts this project has', () => {
    const commands = steps.flatMap((step) => (step.run ? step.run.split(/&&|\n/).map((part) => part.trim()) : []))
    expect(commands.length).toBeGreaterThan(0)
    for (const command of commands.filter(Boolean)) {
      const script = /^npm run ([\w:-]+)/.exec(command)?.[1]
      if (script) expect(scripts, command).toHaveProperty(script)
      else expect(command, 'a command other than npm install / npm run').toMatch(/^npm install\b/)
    }
  })

  it('builds under the Pages path with the environment names the build reads, and uploads the folder it writes', () => {
    const buildStep = steps.find((step) => step.run === 'npm run build')!
    const buildContext = read('lib/config/build-context.ts')
    for (const name of Object.keys(buildStep.env ?? {})) expect(buildContext).toContain(`env['${name}']`)
    expect(buildStep.env).toHaveProperty('BASE_PATH')
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))!
    expect(read('scripts/build.ts')).toContain(`process.env['OUT_DIR'] || '${String(upload.with?.['path'])}'`)
  })
})

describe('the Dockerfile', () => {
  const dockerfile = read('Dockerfile')

  it('builds with npm run build and serves the headers file the build writes, without serving it', () => {
    expect(dockerfile).toMatch(/RUN npm install .*&& npm run build/)
    expect(read('lib/security/headers.ts')).toContain('nginx-headers.conf')
    expect(dockerfile).toMatch(/mv \S+\/nginx-headers\.conf \/etc\/nginx\/book-headers\.conf/)
    expect(dockerfile).toContain('include /etc/nginx/book-headers.conf;')
  })

  const docker = spawnSync('docker', ['info'], { encoding: 'utf8', timeout: 30_000 })
  const dockerReady = docker.status === 0
  const why = dockerReady
    ? ''
    : `Docker is not available here (${(docker.error?.message ?? docker.stderr ?? '').trim().split('\n').at(-1)}): the image is not built`
  if (!dockerReady) console.warn(why)

  it.skipIf(!dockerReady)(
    'builds an image that serves the book with its Content-Security-Policy',
    { timeout: 1_800_000 },
    async () => {
      const tag = 'hugo-book-next-test'
      const built = spawnSync('docker', ['build', '-t', tag, '.'], { cwd: ROOT, encoding: 'utf8' })
      expect(built.status, built.stderr).toBe(0)
      const run = spawnSync('docker', ['run', '-d', '--rm', '-p', '127.0.0.1::8080', tag], { encoding: 'utf8' })
      expect(run.status, run.stderr).toBe(0)
      const container = run.stdout.trim()
      try {
        const port = spawnSync('docker', ['port', container, '8080'], { encoding: 'utf8' })
          .stdout.trim()
          .split(':')
          .at(-1)
        let response: Response | undefined
        for (let attempt = 0; attempt < 60 && !response; attempt++) {
          response = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined)
          if (!response) await new Promise((resolve) => setTimeout(resolve, 500))
        }
        expect(response?.status).toBe(200)
        expect(response?.headers.get('content-security-policy')).toContain("default-src 'self'")
        expect((await fetch(`http://127.0.0.1:${port}/nginx-headers.conf`)).status).toBe(404)
        expect((await fetch(`http://127.0.0.1:${port}/no-such-page/`)).status).toBe(404)
      } finally {
        spawnSync('docker', ['rm', '-f', container])
      }
    },
  )
})
