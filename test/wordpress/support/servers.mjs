// A real WordPress for the tests, from Debian's packages: MariaDB and Apache (mod_php) started
// with their own data directory, configuration and port, reachable only from this machine
// (MariaDB on a socket, Apache on 127.0.0.1), and stopped again at the end. Nothing global is
// read or written: the site is a hard-linked copy of /usr/share/wordpress with its own
// wp-config.php and wp-content/, all in one temporary folder.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = new URL('.', import.meta.url).pathname;

const WORDPRESS = '/usr/share/wordpress';
const MODULES = '/usr/lib/apache2/modules';

/** Debian's packages the tests need, with a file each installs. */
export const PACKAGES = {
  wordpress: `${WORDPRESS}/wp-settings.php`,
  // German, as the sites the kit is for: WordPress's own translations (the plugin brings its own).
  'wordpress-l10n': `${WORDPRESS}/wp-content/languages/de_DE.mo`,
  'wordpress-theme-twentytwentythree': `${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`,
  'mariadb-server': '/usr/sbin/mariadbd',
  apache2: '/usr/sbin/apache2',
  'libapache2-mod-php': () => readdirSync(MODULES).some((name) => /^libphp[\d.]*\.so$/.test(name)),
  'php-cli': '/usr/bin/php',
  'php-mysql': () => readdirSync('/etc/php', { recursive: true }).some((name) => /mysqli\.ini$/.test(name)),
};

/** The packages that are not installed. */
export function missingPackages() {
  return Object.entries(PACKAGES)
    .filter(([, probe]) => {
      try {
        return typeof probe === 'function' ? !probe() : !existsSync(probe);
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}

/** A free TCP port on 127.0.0.1 in 20000–40000. */
async function freePort() {
  for (;;) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

async function until(what, probe, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A child process that must keep running until stop(); its output goes to a log file. */
function daemon(command, args, log) {
  // A process group of its own: Apache's prefork stops by signalling its whole group.
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output = [];
  const keep = (chunk) => output.push(chunk);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.once('exit', resolve));
  child.stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await child.exited;
    clearTimeout(timer);
    writeFileSync(log, Buffer.concat(output));
  };
  return child;
}

/** Runs one action of site.php (the site's command line, see there) and returns its JSON. */
export async function sitePhp(site, ...args) {
  const { stdout } = await run('php', [join(here, 'site.php'), site, ...args], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout);
}

const asRoot = userInfo().uid === 0;
const debug = process.env.KOOP_WORDPRESS_DEBUG
  ? (...args) => console.error('[wordpress]', ...args)
  : () => {};

function wpConfig({ socket, url, folder }) {
  const salt = () => randomBytes(32).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return `<?php
// The tests' own configuration (Debian's wp-config.php would read /etc/wordpress/).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
// Application passwords over plain http are for local sites only.
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'FS_METHOD', 'direct' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${folder}/debug.log' );
// What a test switches, e.g. DISALLOW_UNFILTERED_HTML as managed hosting sets it.
$koop_test = json_decode( (string) file_get_contents( __DIR__ . '/koop-test.json' ), true );
foreach ( (array) $koop_test as $name => $value ) {
	define( $name, $value );
}
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

function apacheConfig({ folder, port, site }) {
  const php = readdirSync(MODULES).find((name) => /^libphp[\d.]*\.so$/.test(name));
  const modules = ['mpm_prefork', 'authz_core', 'dir', 'mime', 'alias'];
  return `# The tests' own Apache: this folder only, 127.0.0.1 only.
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${folder}/apache.pid
DefaultRuntimeDir ${folder}
Mutex file:${folder} default
ErrorLog ${folder}/apache-error.log
LogLevel warn
${modules.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`).join('\n')}
LoadModule php_module ${MODULES}/${php}
${asRoot ? 'User www-data\nGroup www-data' : ''}
StartServers 2
MinSpareServers 2
MaxSpareServers 6
MaxRequestWorkers 10
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
AddType application/json .json
DocumentRoot ${site}
DirectoryIndex index.php
<Directory />
  Require all denied
  AllowOverride None
</Directory>
<Directory ${site}>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
php_admin_value upload_max_filesize 8M
php_admin_value post_max_size 8M
`;
}

/**
 * Starts MariaDB and Apache, installs WordPress and the plugin zip. Returns the site's address,
 * its users (with application passwords) and `stop()`. Tests set wp-config constants through
 * the site's koop-test.json (support/client.mjs).
 */
export async function startWordPress({ pluginZip }) {
  const started = Date.now();
  const folder = mkdtempSync(join(tmpdir(), 'koop-wordpress-'));
  // Apache's workers (www-data when started as root) read the site and write uploads.
  chmodSync(folder, 0o755);
  const site = join(folder, 'site');
  const data = join(folder, 'mysql');
  const socket = join(folder, 'mysql.sock');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const servers = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers.length = 0;
  };

  try {
    // The site: Debian's files hard-linked (copied across file systems), own config and content.
    try {
      await run('cp', ['-al', WORDPRESS, site]);
    } catch {
      rmSync(site, { recursive: true, force: true });
      cpSync(WORDPRESS, site, { recursive: true });
    }
    // Debian links some libraries in relatively (../../../javascript/underscore/…): keep them
    // pointing where they point from /usr/share/wordpress.
    for (const path of readdirSync(site, { recursive: true })) {
      const copy = join(site, path);
      if (!lstatSync(copy).isSymbolicLink() || isAbsolute(readlinkSync(copy))) continue;
      const target = resolve(dirname(join(WORDPRESS, path)), readlinkSync(copy));
      rmSync(copy);
      symlinkSync(target, copy);
    }
    rmSync(join(site, 'wp-config.php'));
    rmSync(join(site, '.htaccess'), { force: true });
    rmSync(join(site, 'wp-content/plugins/akismet'), { recursive: true, force: true });
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ socket, url, folder }));
    writeFileSync(join(site, 'koop-test.json'), '{}');
    for (const dir of ['wp-content/uploads', 'wp-content/upgrade']) {
      rmSync(join(site, dir), { recursive: true, force: true });
      // New folders, not hard links: safe to hand to the web server's user.
      await run('mkdir', ['-p', join(site, dir)]);
      if (asRoot) chownSync(join(site, dir), 33, 33);
    }

    debug('site copied');
    const user = userInfo().username;
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${data}`,
      `--user=${user}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ]);
    debug('database initialised');
    const mariadb = daemon(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${folder}/mysql.pid`,
        `--user=${user}`,
        '--skip-networking',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=64M',
        '--innodb-flush-log-at-trx-commit=0',
        '--innodb-doublewrite=0',
        '--skip-log-bin',
      ],
      join(folder, 'mariadb.log'),
    );
    servers.push(mariadb);
    await until('MariaDB', async () => {
      if (mariadb.exitCode !== null) throw new Error('MariaDB exited');
      await run('mariadb', [
        '--no-defaults',
        `--socket=${socket}`,
        '-uroot',
        '-e',
        'CREATE DATABASE IF NOT EXISTS wordpress',
      ]);
      return true;
    });

    debug('MariaDB up');
    writeFileSync(join(folder, 'apache.conf'), apacheConfig({ folder, port, site }));
    const apache = daemon(
      '/usr/sbin/apache2',
      ['-f', join(folder, 'apache.conf'), '-DFOREGROUND'],
      join(folder, 'apache.log'),
    );
    servers.push(apache);

    const php = (...args) => sitePhp(site, ...args);
    const adminPassword = randomBytes(12).toString('hex');
    const installed = await php('install', adminPassword);
    if (installed.theme !== 'twentytwentythree')
      throw new Error(`theme is ${installed.theme}, not Twenty Twenty-Three`);
    debug('WordPress installed');
    const { users } = await php('setup', pluginZip);
    debug('plugin installed, users made');
    await until('Apache', async () => (await fetch(`${url}/?rest_route=/`)).ok);

    return {
      url,
      folder,
      site,
      users,
      version: installed.version,
      setupSeconds: (Date.now() - started) / 1000,
      async stop() {
        await stop();
        if (!process.env.KOOP_WORDPRESS_KEEP) rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stop();
    error.message += ` (logs in ${folder})`;
    throw error;
  }
}
