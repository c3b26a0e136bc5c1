// Offline check of deploy/ and docker-compose.yml; run by ../check.sh, which renders the overlays first.
//
//   node check.mjs --repo <root> [--rendered <overlay>=<file> ...] [--no-render-reason <text>]
//
// Prints one line per failed assertion and a closing "N passed, N failed" line; exits 1 on any failure.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
  APPS, SERVICES, PORTAL, PUBLIC_APPS, PUBLIC_LINK_SERVICES, CONTAINER_PORT, HOST_PORTS, PROBES, ENV, REQUIRED,
  GATEWAY_ROUTES, EXTERNAL_SECRETS, BOOT_PROPERTIES, BOOT_NAMESPACES, PORTAL_PROVIDER, PORTAL_REGISTRATION,
  KEYCLOAK_BUILTIN_SCOPES, TOPICS_SOURCE, SOURCES,
} from './expected.mjs';

// ------------------------------------------------------------------------------------------------ arguments, output

const args = process.argv.slice(2);
const arg = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const REPO = arg('--repo') ?? join(import.meta.dirname, '..', '..');
const rendered = {};
args.forEach((a, i) => { if (a === '--rendered') { const [o, f] = args[i + 1].split('='); rendered[o] = f; } });

let passed = 0;
const failures = [];
const notes = [];
/** One assertion: counts it, and records `message` (with the context) when `ok` is false. */
function check(ok, context, message) {
  if (ok) passed++; else failures.push(`${context}: ${message}`);
  return ok;
}
const read = (rel) => readFileSync(join(REPO, rel), 'utf8');
/** The file's text, or null (and a failed check) when it does not exist. */
function readChecked(rel, ctx, why) {
  if (!check(existsSync(join(REPO, rel)), ctx, `${rel} does not exist (${why})`)) return null;
  return read(rel);
}
/** A dotted property's value in a parsed YAML document, or undefined. */
const declaredIn = (doc, prop) => prop.split('.').reduce((node, key) => node?.[key], doc);

// ------------------------------------------------------------------------------------------------ the expected list vs the sources

function checkExpectedAgainstSources() {
  const ctx = 'expected.mjs';
  const platformDefaults = read(SOURCES.PLATFORM_DEFAULTS);
  for (const app of APPS) {
    check(existsSync(join(REPO, app, 'pom.xml')), ctx, `app ${app} has no Maven module ${app}/pom.xml (images are named after modules)`);
    for (const [name, source] of Object.entries(ENV[app])) {
      if (source.kind === 'placeholder') {
        const text = read(source.file);
        check(text.includes('${' + name + ':') || text.includes('${' + name + '}'), ctx,
          `${app}: ${name} is listed as read through a placeholder in ${source.file}, which has no \${${name}...}`);
      } else if (source.kind === 'property') {
        // Relaxed binding: the upper-case, underscore form of the property must be the variable's name.
        const relaxed = source.prop.toUpperCase().replace(/[.-]/g, '_');
        check(relaxed === name, ctx, `${app}: ${name} does not bind to ${source.prop} (that would be ${relaxed})`);
        check(platformDefaults.includes(`"${source.prop}"`) || BOOT_PROPERTIES.includes(source.prop), ctx,
          `${app}: ${source.prop} is neither defaulted in ${SOURCES.PLATFORM_DEFAULTS} nor a listed Boot property`);
      } else if (source.kind === 'appProperty') {
        const relaxed = source.prop.toUpperCase().replace(/[.-]/g, '_');
        check(relaxed === name, ctx, `${app}: ${name} does not bind to ${source.prop} (that would be ${relaxed})`);
        const declared = declaredIn(yaml.load(read(source.file)), source.prop);
        check(declared !== undefined, ctx, `${app}: ${source.prop} is not declared in ${source.file}`);
      } else if (source.kind === 'publicBaseUrl') {
        // Declared in the module's application.yml, or read with @Value("${koploper.public-base-url:...}").
        const relaxed = source.prop.toUpperCase().replace(/[.-]/g, '_');
        check(relaxed === name, ctx, `${app}: ${name} does not bind to ${source.prop} (that would be ${relaxed})`);
        const yml = `${source.module}/src/main/resources/application.yml`;
        const inYml = existsSync(join(REPO, yml)) && declaredIn(yaml.load(read(yml)), source.prop) !== undefined;
        const inJava = !inYml && javaSources(join(REPO, source.module, 'src/main/java'))
          .some((f) => readFileSync(f, 'utf8').includes('${' + source.prop));
        check(inYml || inJava, ctx,
          `${app}: ${name} binds to ${source.prop}, which ${yml} does not declare and no main source reads as \${${source.prop}...}`);
      } else if (source.kind === 'placeholderOrProperty') {
        const text = readChecked(source.file, ctx, `${app} reads ${name} there`);
        if (text === null) continue;
        const relaxed = source.prop.toUpperCase().replace(/[.-]/g, '_');
        const viaPlaceholder = text.includes('${' + name + ':') || text.includes('${' + name + '}');
        const viaProperty = relaxed === name && declaredIn(yaml.load(text), source.prop) !== undefined;
        check(viaPlaceholder || viaProperty, ctx,
          `${app}: ${name} is neither a placeholder \${${name}...} in ${source.file} nor bound to ${source.prop} declared there`);
      }
    }
    for (const name of REQUIRED[app]) check(name in ENV[app], ctx, `${app}: required ${name} is not in its list`);
  }
  checkPortalRegistration();
  // ./koploper sets the same variables: every one it passes to an app must be a name some app reads.
  const koploper = read('koploper');
  const startApp = koploper.slice(koploper.indexOf('start_app() {'), koploper.indexOf('launch "$name"', koploper.indexOf('start_app() {')));
  const passedByKoploper = [...startApp.matchAll(/\b([A-Z][A-Z0-9_]+)=/g)].map((m) => m[1]);
  check(passedByKoploper.length >= 8, 'koploper', `could not find the variables start_app passes (found ${passedByKoploper.length})`);
  const known = new Set(APPS.flatMap((a) => Object.keys(ENV[a])));
  for (const name of passedByKoploper) {
    if (name === 'SERVER_ADDRESS') continue; // loopback binding for the local stack only, deliberately not in containers
    check(known.has(name), 'koploper', `start_app passes ${name}, which is in no app's list in expected.mjs`);
  }
}

/** Every .java file under dir (recursively); none when dir does not exist. */
function javaSources(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.java'))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** The portal's application.yml, parsed, or null when it does not exist (the check of the list reports that). */
function portalYml() {
  return existsSync(join(REPO, SOURCES.PORTAL_YML)) ? yaml.load(read(SOURCES.PORTAL_YML)) : null;
}
const REGISTRATION_PROP = `spring.security.oauth2.client.registration.${PORTAL_REGISTRATION}`;
const PROVIDER_PROP = `spring.security.oauth2.client.provider.${PORTAL_REGISTRATION}`;

/**
 * The environment names carry the registration and provider id (..._REGISTRATION_KOPLOPER_..., _PROVIDER_KOPLOPER_...):
 * the portal's application.yml must declare that registration as an authorization-code login at the provider of
 * the same id, or the names bind to nothing the portal signs in with.
 */
function checkPortalRegistration() {
  const ctx = 'expected.mjs';
  const file = SOURCES.PORTAL_YML;
  if (readChecked(file, ctx, 'the portal declares its OIDC client registration there') === null) return;
  const reg = declaredIn(portalYml(), REGISTRATION_PROP);
  if (!check(reg && typeof reg === 'object', ctx, `${file} declares no ${REGISTRATION_PROP}`)) return;
  check(reg['authorization-grant-type'] === 'authorization_code', ctx,
    `${file}: registration ${PORTAL_REGISTRATION} has authorization-grant-type ${reg['authorization-grant-type']}, expected authorization_code`);
  check(reg.provider === undefined || reg.provider === PORTAL_REGISTRATION, ctx,
    `${file}: registration ${PORTAL_REGISTRATION} names provider ${reg.provider}; the environment sets provider ${PORTAL_REGISTRATION}`);
}

/** The scopes the portal asks for: the environment's, else its application.yml's. */
function portalScopes(envScope) {
  const value = envScope ?? declaredIn(portalYml(), `${REGISTRATION_PROP}.scope`) ?? '';
  return (Array.isArray(value) ? value : String(value).split(',')).map((x) => String(x).trim()).filter(Boolean);
}

/**
 * Where the environment names the endpoints one by one, the portal's application.yml must not declare an
 * issuer-uri: Boot runs discovery at start-up whenever one is set (the environment cannot unset it), and a failed
 * discovery stops the portal.
 */
function checkNoIssuerInYml(ctx) {
  const issuer = declaredIn(portalYml(), `${PROVIDER_PROP}.issuer-uri`);
  check(issuer === undefined || issuer === null, ctx,
    `${SOURCES.PORTAL_YML} declares ${PROVIDER_PROP}.issuer-uri (${issuer}): Boot then runs discovery at start-up, which `
    + 'cannot work where the endpoints are named one by one; leave issuer-uri to the environment');
}

/**
 * The portal names its issuer one of two ways (PORTAL_PROVIDER): the issuer alone (discovery) or every endpoint.
 * Returns which one, after checking that exactly one set is complete and the other absent.
 */
function portalProvider(has, ctx) {
  const discovery = PORTAL_PROVIDER.discovery.every(has);
  const endpoints = PORTAL_PROVIDER.endpoints.every(has);
  const some = (list) => list.some(has);
  check((discovery && !some(PORTAL_PROVIDER.endpoints)) || (endpoints && !some(PORTAL_PROVIDER.discovery)), ctx,
    `the provider needs either ${PORTAL_PROVIDER.discovery.join(', ')} alone (discovery) or all of ${PORTAL_PROVIDER.endpoints.join(', ')}`);
  return discovery ? 'discovery' : endpoints ? 'endpoints' : null;
}

// ------------------------------------------------------------------------------------------------ Boot's own property names

/**
 * With --boot-metadata <dir> (spring-configuration-metadata.json of each Boot jar, extracted by check.sh): every
 * property an environment name binds to must be declared by Boot, or sit under a declared Map property
 * (spring.kafka.producer.properties.*). A property whose namespace no scanned jar covers (its starter is not in the
 * local Maven repository yet) is reported and skipped.
 */
function checkBootMetadata(dir) {
  const names = new Set();
  const maps = [];
  for (const f of readdirSync(dir)) {
    try {
      for (const p of JSON.parse(readFileSync(join(dir, f), 'utf8')).properties ?? []) {
        names.add(p.name);
        if (String(p.type).startsWith('java.util.Map')) maps.push(p.name + '.');
      }
    } catch { /* a jar without metadata */ }
  }
  if (!names.size) { notes.push('no Spring Boot configuration metadata found: property names not checked against Boot'); return; }
  const props = new Set(APPS.flatMap((a) => Object.values(ENV[a])).filter((s) => s.kind === 'property').map((s) => s.prop));
  const uncovered = {};
  for (const prop of props) {
    const known = names.has(prop) || maps.some((m) => prop.startsWith(m));
    const namespace = BOOT_NAMESPACES.filter((n) => prop.startsWith(n)).sort((a, b) => b.length - a.length)[0]
      ?? prop.split('.').slice(0, 2).join('.') + '.';
    const covered = [...names].some((n) => n.startsWith(namespace));
    if (!covered && !known) { (uncovered[namespace] ??= []).push(prop); continue; }
    check(known, 'Boot metadata', `${prop} is not a Spring Boot property (nor under a Map property)`);
  }
  for (const [ns, list] of Object.entries(uncovered)) {
    notes.push(`no Boot jar in the local Maven repository declares ${ns}* (its starter is not a dependency yet?): ${list.length} properties not checked against Boot`);
  }
}

// ------------------------------------------------------------------------------------------------ Kubernetes schema validation

const CUSTOM_KINDS = new Set(['kafka.strimzi.io/v1beta2/Kafka', 'kafka.strimzi.io/v1beta2/KafkaNodePool',
  'kafka.strimzi.io/v1beta2/KafkaTopic', 'mongodbcommunity.mongodb.com/v1/MongoDBCommunity',
  'monitoring.coreos.com/v1/ServiceMonitor']);

async function validateSchema(obj, ctx) {
  const key = `${obj.apiVersion}/${obj.kind}`;
  if (CUSTOM_KINDS.has(key)) return check(!!obj.metadata?.name && !!obj.spec, ctx, 'custom resource without metadata.name or spec');
  let models;
  try {
    models = await import(`kubernetes-models/${obj.apiVersion}`);
  } catch {
    return check(false, ctx, `unknown apiVersion ${obj.apiVersion}`);
  }
  const Model = models[obj.kind];
  if (!check(typeof Model === 'function', ctx, `kubernetes-models has no ${key}`)) return false;
  try {
    new Model(obj).validate();
    return check(true, ctx, '');
  } catch (e) {
    return check(false, ctx, `schema: ${e.message}`);
  }
}

// ------------------------------------------------------------------------------------------------ Kubernetes assertions

const byKind = (objs, kind) => objs.filter((o) => o.kind === kind);
const named = (objs, kind, name) => objs.find((o) => o.kind === kind && o.metadata.name === name);
const matches = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
function matchesSelector(sel, labels) {
  if (!sel) return false;
  if (!matches(sel.matchLabels, labels)) return false;
  return (sel.matchExpressions ?? []).every((e) => (e.operator === 'In' ? e.values.includes(labels?.[e.key])
    : e.operator === 'NotIn' ? !e.values.includes(labels?.[e.key])
      : e.operator === 'Exists' ? e.key in (labels ?? {}) : !(e.key in (labels ?? {}))));
}
const bytes = (q) => { const m = /^(\d+)(Mi|Gi|M|G)?$/.exec(String(q)); if (!m) return NaN; return Number(m[1]) * ({ Mi: 2 ** 20, Gi: 2 ** 30, M: 1e6, G: 1e9 }[m[2]] ?? 1); };

/** The container's environment as name -> {value?, secret?, from}, in definition order, after envFrom. */
function resolveEnv(container, objs, ctx, overlay) {
  const env = new Map();
  for (const src of container.envFrom ?? []) {
    if (src.configMapRef) {
      const cm = named(objs, 'ConfigMap', src.configMapRef.name);
      if (!check(!!cm, ctx, `envFrom ConfigMap ${src.configMapRef.name} is not rendered`)) continue;
      for (const [k, v] of Object.entries(cm.data ?? {})) env.set(k, { value: v, from: `ConfigMap ${cm.metadata.name}` });
    } else {
      check(false, ctx, 'envFrom other than configMapRef (name the secret keys one by one with secretKeyRef)');
    }
  }
  for (const e of container.env ?? []) {
    if ('value' in e) {
      const value = String(e.value).replace(/\$\(([A-Za-z0-9_]+)\)/g, (whole, ref) => {
        check(env.has(ref), ctx, `${e.name} expands $(${ref}), which is not defined before it`);
        const r = env.get(ref);
        return r?.value ?? `<secret ${r?.secret ?? ref}>`;
      });
      env.set(e.name, { value, from: 'value' });
    } else if (e.valueFrom?.configMapKeyRef) {
      const { name, key } = e.valueFrom.configMapKeyRef;
      const cm = named(objs, 'ConfigMap', name);
      check(cm && key in (cm.data ?? {}), ctx, `${e.name}: ConfigMap ${name} key ${key} is not rendered`);
      env.set(e.name, { value: cm?.data?.[key], from: `ConfigMap ${name}` });
    } else if (e.valueFrom?.secretKeyRef) {
      const { name, key } = e.valueFrom.secretKeyRef;
      const secret = named(objs, 'Secret', name);
      if (secret) {
        check(key in { ...secret.data, ...secret.stringData }, ctx, `${e.name}: Secret ${name} has no key ${key}`);
      } else {
        check(EXTERNAL_SECRETS[name]?.keys.includes(key), ctx,
          `${e.name}: Secret ${name}/${key} is neither rendered nor a known external secret (expected.mjs EXTERNAL_SECRETS)`);
      }
      env.set(e.name, { secret: `${name}/${key}`, from: `Secret ${name}` });
    } else {
      check(false, ctx, `${e.name}: unsupported valueFrom`);
    }
  }
  return env;
}

function checkEnv(app, env, container, ctx) {
  for (const [name, { from }] of env) {
    check(name in ENV[app], ctx, `sets ${name} (from ${from}), which ${app} does not read (expected.mjs)`);
  }
  for (const name of REQUIRED[app]) check(env.has(name), ctx, `does not set ${name}`);
  // A helper variable is only there to be expanded into another one.
  const expanded = (container.env ?? []).flatMap((e) => [...String(e.value ?? '').matchAll(/\$\(([A-Za-z0-9_]+)\)/g)].map((m) => m[1]));
  for (const [name, source] of Object.entries(ENV[app])) {
    if (source.kind === 'helper' && env.has(name)) check(expanded.includes(name), ctx, `${name} is set but no variable expands $(${name})`);
  }
  check(env.get('SERVER_PORT')?.value === String(CONTAINER_PORT), ctx,
    `SERVER_PORT is ${env.get('SERVER_PORT')?.value}, the container port is ${CONTAINER_PORT}`);
}

function checkDeployment(app, objs, overlay) {
  const ctx = `${overlay}: Deployment ${app}`;
  const dep = named(objs, 'Deployment', app);
  if (!check(!!dep, `${overlay}`, `no Deployment ${app}`)) return null;
  const pod = dep.spec.template.spec;
  const podLabels = dep.spec.template.metadata?.labels;
  check(matchesSelector(dep.spec.selector, podLabels), ctx, 'selector does not match the pod labels');
  check(podLabels?.['app.kubernetes.io/part-of'] === 'koploper', ctx, 'pods lack app.kubernetes.io/part-of=koploper (network policies select on it)');
  check(pod.automountServiceAccountToken === false, ctx, 'automountServiceAccountToken is not false (the apps never call the API server)');
  check(pod.securityContext?.runAsNonRoot === true, ctx, 'pod securityContext.runAsNonRoot is not true');
  check(pod.securityContext?.seccompProfile?.type === 'RuntimeDefault', ctx, 'pod seccompProfile is not RuntimeDefault');
  const spread = pod.topologySpreadConstraints ?? [];
  check(spread.length > 0 && spread.every((t) => matchesSelector(t.labelSelector, podLabels)), ctx,
    'needs topologySpreadConstraints whose labelSelector matches its pods');
  check(pod.containers.length === 1, ctx, `has ${pod.containers.length} containers, expected 1`);
  const c = pod.containers.find((x) => x.name === app);
  if (!check(!!c, ctx, `no container named ${app}`)) return dep;

  // Image: the Maven module's name; a release tag in production, the locally built one in local.
  const image = c.image ?? '';
  const [repo, tag] = image.includes('@') ? [image.split('@')[0], 'digest'] : [image.replace(/:([^:/]+)$/, ''), /:([^:/]+)$/.exec(image)?.[1]];
  check(repo === `koploper/${app}` || repo.endsWith(`/koploper/${app}`), ctx, `image ${image} is not koploper/${app}`);
  if (overlay === 'production') check(tag && !['latest', 'local'].includes(tag), ctx, `image ${image} has no release tag`);
  if (overlay === 'local') check(tag === 'local', ctx, `image ${image}: the local overlay uses the images docker/build-images.sh tags 'local'`);

  // Ports and probes.
  const ports = c.ports ?? [];
  check(ports.length === 1 && ports[0].containerPort === CONTAINER_PORT && ports[0].name === 'http', ctx,
    `container ports ${JSON.stringify(ports)}: expected one, http ${CONTAINER_PORT}`);
  const portOk = (p) => ports.some((x) => x.name === p || x.containerPort === p);
  for (const [probe, path] of [['livenessProbe', PROBES.liveness], ['readinessProbe', PROBES.readiness]]) {
    const get = c[probe]?.httpGet;
    check(get?.path === path, ctx, `${probe} is not an HTTP GET of ${path}`);
    check(get && portOk(get.port), ctx, `${probe} port ${get?.port} is not a declared container port`);
  }
  if (c.startupProbe) check(portOk(c.startupProbe.httpGet?.port), ctx, 'startupProbe port is not a declared container port');

  // Resources.
  for (const kind of ['requests', 'limits']) {
    for (const r of ['cpu', 'memory']) check(c.resources?.[kind]?.[r] !== undefined, ctx, `no ${kind}.${r}`);
  }
  check(bytes(c.resources?.requests?.memory) <= bytes(c.resources?.limits?.memory), ctx, 'memory request above the limit');

  // Container security.
  const sc = c.securityContext ?? {};
  check(sc.readOnlyRootFilesystem === true, ctx, 'readOnlyRootFilesystem is not true');
  check(sc.allowPrivilegeEscalation === false, ctx, 'allowPrivilegeEscalation is not false');
  check(sc.capabilities?.drop?.includes('ALL'), ctx, 'capabilities.drop does not include ALL');
  check(sc.privileged !== true, ctx, 'privileged');
  const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === '/tmp');
  check(tmp && (pod.volumes ?? []).some((v) => v.name === tmp.name && v.emptyDir), ctx,
    'no emptyDir at /tmp (the only writable path under a read-only root filesystem)');

  const env = resolveEnv(c, objs, ctx, overlay);
  checkEnv(app, env, c, ctx);
  return { dep, env, podLabels };
}

function checkKubernetes(objs, overlay) {
  const deps = Object.fromEntries(APPS.map((app) => [app, checkDeployment(app, objs, overlay)]));
  const platformDeps = byKind(objs, 'Deployment').filter((d) => d.metadata.labels?.['app.kubernetes.io/part-of'] === 'koploper');
  check(platformDeps.length === APPS.length, overlay, `renders ${platformDeps.length} platform Deployments, expected ${APPS.length}`);
  // Anything else is development infrastructure (Keycloak, Mailpit), which only the local overlay may bring.
  const others = byKind(objs, 'Deployment').filter((d) => !platformDeps.includes(d)).map((d) => d.metadata.name);
  if (overlay !== 'local') check(others.length === 0, overlay, `renders Deployments that are not the platform's: ${others}`);
  const allPods = byKind(objs, 'Deployment').map((d) => ({ name: d.metadata.name, labels: d.spec.template.metadata?.labels ?? {}, spec: d.spec.template.spec }));
  const appPods = allPods.filter((p) => platformDeps.some((d) => d.metadata.name === p.name));

  // Services: each app's Service, and every Service targets a declared port of the pods it selects.
  for (const svc of byKind(objs, 'Service')) {
    const ctx = `${overlay}: Service ${svc.metadata.name}`;
    const pods = allPods.filter((p) => matches(svc.spec.selector, p.labels));
    if (!check(pods.length > 0, ctx, `selector ${JSON.stringify(svc.spec.selector)} matches no Deployment's pods`)) continue;
    for (const port of svc.spec.ports) {
      for (const p of pods) {
        const declared = p.spec.containers.flatMap((c) => c.ports ?? []);
        check(declared.some((d) => d.name === port.targetPort || d.containerPort === port.targetPort), ctx,
          `port ${port.name} targets ${port.targetPort}, which ${p.name} does not declare`);
      }
    }
  }
  for (const app of APPS) {
    const svc = named(objs, 'Service', app);
    check(svc && svc.spec.ports.some((p) => p.port === CONTAINER_PORT && p.name === 'http'), `${overlay}: Service ${app}`,
      `missing, or without port http ${CONTAINER_PORT} (the gateway's URIs and the ServiceMonitor use it)`);
  }

  // The gateway reaches each service through its Service.
  const gwEnv = deps.gateway?.env;
  for (const [name, target] of Object.entries(GATEWAY_ROUTES)) {
    const value = gwEnv?.get(name)?.value;
    check(value === `http://${target}:${CONTAINER_PORT}`, `${overlay}: gateway`, `${name}=${value}, expected http://${target}:${CONTAINER_PORT}`);
  }
  // One issuer and audience for all (the portal signs in where the others' tokens come from).
  const portalEnv = deps[PORTAL]?.env;
  const portalIssuer = portalEnv?.get('SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_ISSUER_URI')?.value;
  const issuers = new Set([gwEnv?.get('KOPLOPER_ISSUER_URI')?.value,
    ...SERVICES.map((s) => deps[s]?.env.get('SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI')?.value),
    ...(portalIssuer === undefined ? [] : [portalIssuer])]);
  check(issuers.size === 1, overlay, `the apps are given different issuers: ${[...issuers].join(', ')}`);

  // The portal: the gateway through its Service, its issuer, a secret client secret, and the one public address.
  if (portalEnv) {
    const ctx = `${overlay}: ${PORTAL}`;
    check(portalEnv.get('KOPLOPER_GATEWAY_URI')?.value === `http://gateway:${CONTAINER_PORT}`, ctx,
      `KOPLOPER_GATEWAY_URI=${portalEnv.get('KOPLOPER_GATEWAY_URI')?.value}, expected http://gateway:${CONTAINER_PORT}`);
    check(portalProvider((n) => portalEnv.has(n), ctx) === 'discovery', ctx,
      'names its issuer endpoint by endpoint; inside the cluster the issuer is reachable under its own name (ISSUER_URI alone)');
    check(portalScopes(portalEnv.get('SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_SCOPE')?.value).includes('openid'), ctx,
      'does not ask for the scope openid (OIDC sign-in)');
    const secretRef = portalEnv.get('SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_SECRET')?.secret;
    check(!!secretRef, ctx, 'SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_SECRET does not come from a Secret');
    // A rendered secret (the local overlay) must be the one the in-cluster Keycloak's realm gives the client.
    const [secretName, secretKey] = (secretRef ?? '').split('/');
    const rendered = named(objs, 'Secret', secretName);
    const realmCopy = 'deploy/overlays/local/dev-infra/koploper-realm.json';
    if (rendered && existsSync(join(REPO, realmCopy))) {
      const value = rendered.stringData?.[secretKey] ?? Buffer.from(rendered.data?.[secretKey] ?? '', 'base64').toString('utf8');
      const clientId = portalEnv.get('SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_ID')?.value;
      const client = JSON.parse(read(realmCopy)).clients.find((c) => c.clientId === clientId);
      check(client?.secret === value, ctx, `Secret ${secretName}/${secretKey} is not the secret of client ${clientId} in ${realmCopy}`);
    }
    const publicUrl = portalEnv.get('KOPLOPER_PUBLIC_BASE_URL')?.value;
    check(/^https?:\/\/[^/]+$/.test(publicUrl ?? ''), ctx, `KOPLOPER_PUBLIC_BASE_URL ${publicUrl} is not a bare http(s)://host[:port]`);
    if (overlay === 'production') check(publicUrl?.startsWith('https://'), ctx, `KOPLOPER_PUBLIC_BASE_URL ${publicUrl} is not https`);
    for (const s of PUBLIC_LINK_SERVICES) {
      const value = deps[s]?.env.get('KOPLOPER_PUBLIC_BASE_URL')?.value;
      check(value === publicUrl, `${overlay}: ${s}`, `KOPLOPER_PUBLIC_BASE_URL=${value}, the portal's is ${publicUrl} (links must lead to the portal)`);
    }
  }

  // Autoscalers, disruption budgets.
  const hpaMax = {};
  for (const app of APPS) {
    const hpa = byKind(objs, 'HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === app);
    if (check(!!hpa, `${overlay}: ${app}`, 'no HorizontalPodAutoscaler targets its Deployment')) {
      hpaMax[app] = hpa.spec.maxReplicas;
      check(hpa.spec.minReplicas <= hpa.spec.maxReplicas, `${overlay}: HPA ${app}`, 'minReplicas above maxReplicas');
      if (overlay === 'production') check(hpa.spec.minReplicas >= 2, `${overlay}: HPA ${app}`, 'production runs at least 2 replicas');
    }
    check(deps[app]?.dep && deps[app].dep.spec.replicas === undefined, `${overlay}: Deployment ${app}`,
      'sets spec.replicas, which fights its autoscaler');
    const pdb = byKind(objs, 'PodDisruptionBudget').find((p) => deps[app] && matchesSelector(p.spec.selector, deps[app].podLabels));
    check(!!pdb, `${overlay}: ${app}`, 'no PodDisruptionBudget selects its pods');
  }

  // Kafka topics (when the Strimzi component is in).
  const topics = byKind(objs, 'KafkaTopic');
  if (byKind(objs, 'Kafka').length) {
    const declared = new Map(topics.map((t) => [t.spec.topicName ?? t.metadata.name, t]));
    const contractTopics = [...read(TOPICS_SOURCE).matchAll(/String\s+\w+_EVENTS\s*=\s*"([^"]+)"/g)].map((m) => m[1]);
    check(contractTopics.length >= 5, overlay, `found only ${contractTopics.length} topics in ${TOPICS_SOURCE}`);
    const maxConsumers = Math.max(...SERVICES.map((s) => hpaMax[s] ?? 0));
    const production = overlay === 'production';
    for (const name of contractTopics.flatMap((t) => [t, `${t}.dlt`])) {
      const t = declared.get(name);
      const ctx = `${overlay}: KafkaTopic ${name}`;
      if (!check(!!t, ctx, `not declared (it is in ${TOPICS_SOURCE})`)) continue;
      if (!name.endsWith('.dlt')) {
        check(t.spec.partitions >= maxConsumers, ctx, `${t.spec.partitions} partitions < autoscaler maxReplicas ${maxConsumers}: extra consumers would idle`);
      }
      if (production) {
        check(t.spec.replicas === 3, ctx, `replicas ${t.spec.replicas}, expected 3`);
        check(String(t.spec.config?.['min.insync.replicas']) === '2', ctx, 'min.insync.replicas is not 2');
      }
      check(t.metadata.labels?.['strimzi.io/cluster'] === byKind(objs, 'Kafka')[0].metadata.name, ctx, 'strimzi.io/cluster label does not name the Kafka cluster');
    }
    const kafka = byKind(objs, 'Kafka')[0];
    const bootstrap = `${kafka.metadata.name}-kafka-bootstrap:9092`;
    for (const s of SERVICES) {
      check(deps[s]?.env.get('SPRING_KAFKA_BOOTSTRAP_SERVERS')?.value === bootstrap, `${overlay}: ${s}`,
        `SPRING_KAFKA_BOOTSTRAP_SERVERS is not ${bootstrap}`);
    }
    check(kafka.spec.kafka.listeners.some((l) => l.port === 9092 && l.type === 'internal'), `${overlay}: Kafka`, 'no internal listener on 9092');
    if (production) {
      const cfg = kafka.spec.kafka.config ?? {};
      check(cfg['default.replication.factor'] === 3 && cfg['min.insync.replicas'] === 2, `${overlay}: Kafka`,
        'default.replication.factor 3 and min.insync.replicas 2 expected');
      const brokers = byKind(objs, 'KafkaNodePool').filter((p) => p.spec.roles.includes('broker')).reduce((n, p) => n + p.spec.replicas, 0);
      check(brokers >= 3, `${overlay}: Kafka`, `${brokers} brokers, replication factor 3 needs 3`);
    }
  }

  // MongoDB through the operator: it makes the Secret the services read.
  const mongo = byKind(objs, 'MongoDBCommunity')[0];
  if (mongo) {
    const made = (mongo.spec.users ?? []).map((u) => u.connectionStringSecretName);
    check(made.includes('koploper-mongodb-connection'), `${overlay}: MongoDBCommunity`, 'no user writes the Secret koploper-mongodb-connection');
    if (overlay === 'production') check(mongo.spec.members >= 3, `${overlay}: MongoDBCommunity`, 'fewer than 3 members');
    for (const u of mongo.spec.users ?? []) {
      const ref = u.passwordSecretRef?.name;
      check(named(objs, 'Secret', ref) || EXTERNAL_SECRETS[ref], `${overlay}: MongoDBCommunity`, `password Secret ${ref} is neither rendered nor external`);
    }
  }

  // Production: durable writes, secrets from the environment.
  if (overlay === 'production') {
    check(byKind(objs, 'Secret').length === 0, overlay, `renders Secrets (${byKind(objs, 'Secret').map((s) => s.metadata.name)}): production secrets come from the environment`);
    for (const s of SERVICES) {
      const env = deps[s]?.env;
      const ctx = `${overlay}: ${s}`;
      const uri = env?.get('SPRING_MONGODB_URI')?.value ?? '';
      check(/[?&]w=majority(&|$)/.test(uri), ctx, `SPRING_MONGODB_URI has no w=majority: ${uri}`);
      check(env?.get('SPRING_KAFKA_PRODUCER_ACKS')?.value === 'all', ctx, 'SPRING_KAFKA_PRODUCER_ACKS is not all');
      check(env?.get('SPRING_KAFKA_PRODUCER_PROPERTIES_ENABLE_IDEMPOTENCE')?.value === 'true', ctx, 'idempotent producer not enabled');
    }
    check(byKind(objs, 'ServiceMonitor').length > 0, overlay, 'no ServiceMonitor');
    check(byKind(objs, 'NetworkPolicy').length > 0, overlay, 'no NetworkPolicy');
  }
  for (const sm of byKind(objs, 'ServiceMonitor')) {
    const selected = byKind(objs, 'Service').filter((s) => matchesSelector(sm.spec.selector, s.metadata.labels));
    check(APPS.every((a) => selected.some((s) => s.metadata.name === a)), `${overlay}: ServiceMonitor`, 'does not select every app Service');
    check(sm.spec.endpoints.every((e) => e.port === 'http' && e.path === '/actuator/prometheus'), `${overlay}: ServiceMonitor`,
      'endpoints must scrape port http, path /actuator/prometheus');
  }

  checkNetworkPolicies(objs, overlay, appPods);
}

/**
 * Only the gateway and the portal are open to the outside; a service accepts only the gateway (and the monitoring
 * namespace); the portal reaches no pod but the gateway's, and the gateway admits it.
 */
function checkNetworkPolicies(objs, overlay, pods) {
  const policies = byKind(objs, 'NetworkPolicy');
  if (!policies.length) return;
  const selecting = (p) => policies.filter((np) => matchesSelector(np.spec.podSelector, p.labels));
  const gatewayPod = pods.find((x) => x.name === 'gateway');
  const portalPod = pods.find((x) => x.name === PORTAL);
  if (portalPod && gatewayPod) {
    const ctx = `${overlay}: NetworkPolicy for ${PORTAL}`;
    // Its own rules (the shared DNS and issuer rule selects every platform pod, not the portal by name).
    const own = selecting(portalPod).filter((np) => matchesSelector(np.spec.podSelector, portalPod.labels)
      && !pods.every((x) => matchesSelector(np.spec.podSelector, x.labels)));
    const toPods = own.flatMap((np) => (np.spec.egress ?? []).flatMap((r) => r.to ?? []));
    check(toPods.some((t) => t.podSelector && matchesSelector(t.podSelector, gatewayPod.labels)), ctx, 'no egress to the gateway');
    for (const t of toPods) {
      const reached = pods.filter((x) => t.podSelector && matchesSelector(t.podSelector, x.labels)).map((x) => x.name);
      check(!t.ipBlock && !t.namespaceSelector && reached.length > 0 && reached.every((n) => n === 'gateway'), ctx,
        `egress ${JSON.stringify(t)} reaches more than the gateway (${reached.join(', ') || 'anything'})`);
    }
    const admits = selecting(gatewayPod).some((np) => (np.spec.ingress ?? []).some((r) => !r.from?.length
      || r.from.some((f) => f.podSelector && !f.namespaceSelector && matchesSelector(f.podSelector, portalPod.labels))));
    check(admits, `${overlay}: NetworkPolicy for gateway`, `no ingress rule admits the ${PORTAL}`);
  }
  for (const p of pods) {
    const ctx = `${overlay}: NetworkPolicy for ${p.name}`;
    check(selecting(p).some((np) => np.spec.policyTypes?.includes('Ingress') && !np.spec.ingress?.length), ctx, 'no default-deny ingress policy selects it');
    check(selecting(p).some((np) => np.spec.policyTypes?.includes('Egress') && !np.spec.egress?.length), ctx, 'no default-deny egress policy selects it');
    for (const np of selecting(p)) {
      for (const rule of np.spec.ingress ?? []) {
        const fromAnywhere = !rule.from?.length || rule.from.some((f) => f.ipBlock
          || (f.namespaceSelector && !Object.keys(f.namespaceSelector).length));
        if (PUBLIC_APPS.includes(p.name)) continue;
        check(!fromAnywhere, ctx, `${np.metadata.name} lets anyone in; only ${PUBLIC_APPS.join(' and ')} may be reached from outside`);
        for (const f of rule.from ?? []) {
          const fromGateway = f.podSelector && !f.namespaceSelector && matchesSelector(f.podSelector, pods.find((x) => x.name === 'gateway')?.labels)
            && !pods.some((x) => x.name !== 'gateway' && matchesSelector(f.podSelector, x.labels));
          const fromMonitoring = f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring' && !f.podSelector;
          check(fromGateway || fromMonitoring, ctx, `${np.metadata.name} admits ${JSON.stringify(f)}; services accept the gateway and monitoring only`);
        }
      }
    }
  }
}

// ------------------------------------------------------------------------------------------------ docker-compose.yml

function checkCompose() {
  const ctx = 'docker-compose.yml';
  const compose = yaml.load(read('docker-compose.yml'));
  const services = compose.services ?? {};
  for (const [name, s] of Object.entries(services)) {
    check(!!s.healthcheck?.test, `${ctx}: ${name}`, 'no healthcheck');
    for (const [dep, cond] of Object.entries(s.depends_on ?? {})) {
      check(cond?.condition === 'service_healthy', `${ctx}: ${name}`, `depends_on ${dep} without condition: service_healthy`);
      check(dep in services, `${ctx}: ${name}`, `depends_on unknown service ${dep}`);
    }
  }
  for (const app of APPS) {
    const s = services[app];
    const c = `${ctx}: ${app}`;
    if (!check(!!s, ctx, `no service ${app}`)) continue;
    check(/^\$\{KOPLOPER_REGISTRY:-koploper\}\/([\w-]+):\$\{KOPLOPER_TAG:-local\}$/.exec(s.image ?? '')?.[1] === app, c,
      `image ${s.image} is not \${KOPLOPER_REGISTRY:-koploper}/${app}:\${KOPLOPER_TAG:-local} (what docker/build-images.sh tags)`);
    check(s.build?.dockerfile === 'docker/Dockerfile' && s.build?.context === '.' && s.build?.args?.APP === app, c,
      'build is not docker/Dockerfile with context . and APP=' + app);
    const env = Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v)]);
    const envMap = new Map(env);
    for (const [k] of env) check(k in ENV[app], c, `sets ${k}, which ${app} does not read (expected.mjs)`);
    for (const k of REQUIRED[app]) check(envMap.has(k), c, `does not set ${k}`);
    check(envMap.get('SERVER_PORT') === String(CONTAINER_PORT), c, `SERVER_PORT ${envMap.get('SERVER_PORT')}, expected ${CONTAINER_PORT}`);
    check((s.ports ?? []).map(String).includes(`${HOST_PORTS[app]}:${CONTAINER_PORT}`), c,
      `ports ${JSON.stringify(s.ports)}: expected "${HOST_PORTS[app]}:${CONTAINER_PORT}" (./koploper's port on the host)`);
    const test = [].concat(s.healthcheck?.test ?? []).join(' ');
    check(test.includes(`/${CONTAINER_PORT}`) && test.includes(PROBES.readiness), c, `healthcheck does not ask ${PROBES.readiness} on ${CONTAINER_PORT}`);
    check(s.read_only === true && (s.tmpfs ?? []).includes('/tmp'), c, 'not read_only with a tmpfs /tmp (as readOnlyRootFilesystem in deploy/)');
    check((s.cap_drop ?? []).includes('ALL'), c, 'cap_drop does not include ALL');
    if (app === PORTAL) {
      // No MongoDB, no Kafka: the gateway and the issuer (checked with the realm below).
      for (const dep of ['gateway', 'keycloak']) check(s.depends_on?.[dep], c, `does not wait for ${dep}`);
      check(envMap.get('KOPLOPER_GATEWAY_URI') === `http://gateway:${CONTAINER_PORT}`, c,
        `KOPLOPER_GATEWAY_URI=${envMap.get('KOPLOPER_GATEWAY_URI')}, expected http://gateway:${CONTAINER_PORT}`);
      check(envMap.get('KOPLOPER_PUBLIC_BASE_URL') === `http://localhost:${HOST_PORTS[app]}`, c,
        `KOPLOPER_PUBLIC_BASE_URL=${envMap.get('KOPLOPER_PUBLIC_BASE_URL')}, expected http://localhost:${HOST_PORTS[app]} (its port on the host)`);
    } else if (app !== 'gateway') {
      for (const infra of ['mongo', 'kafka', 'keycloak']) check(s.depends_on?.[infra], c, `does not wait for ${infra}`);
      const mongoHost = /^mongodb:\/\/([^:/?]+)/.exec(envMap.get('SPRING_MONGODB_URI') ?? '')?.[1];
      check(mongoHost in services, c, `SPRING_MONGODB_URI host ${mongoHost} is not a compose service`);
      check(/replicaSet=/.test(envMap.get('SPRING_MONGODB_URI') ?? ''), c, 'SPRING_MONGODB_URI names no replicaSet');
      const kafkaHost = (envMap.get('SPRING_KAFKA_BOOTSTRAP_SERVERS') ?? '').split(':')[0];
      check(kafkaHost in services, c, `SPRING_KAFKA_BOOTSTRAP_SERVERS host ${kafkaHost} is not a compose service`);
    } else {
      for (const [name, target] of Object.entries(GATEWAY_ROUTES)) {
        check(envMap.get(name) === `http://${target}:${CONTAINER_PORT}`, c, `${name}=${envMap.get(name)}, expected http://${target}:${CONTAINER_PORT}`);
        check(s.depends_on?.[target], c, `does not wait for ${target}`);
      }
    }
  }
  // Every link for people starts with the portal's address.
  const envOf = (app) => Object.fromEntries(Object.entries(services[app]?.environment ?? {}).map(([k, v]) => [k, String(v)]));
  const portalEnv = envOf(PORTAL);
  for (const s of PUBLIC_LINK_SERVICES) {
    check(envOf(s).KOPLOPER_PUBLIC_BASE_URL === portalEnv.KOPLOPER_PUBLIC_BASE_URL, `${ctx}: ${s}`,
      `KOPLOPER_PUBLIC_BASE_URL=${envOf(s).KOPLOPER_PUBLIC_BASE_URL}, the portal's is ${portalEnv.KOPLOPER_PUBLIC_BASE_URL} (links must lead to the portal)`);
  }
  // One issuer for the gateway and the services (the portal's, below), and the realm that issues it.
  const issuers = new Set(['gateway', ...SERVICES].map((a) => String(envOf(a)[a === 'gateway' ? 'KOPLOPER_ISSUER_URI' : 'SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI'])));
  check(issuers.size === 1, ctx, `the apps are given different issuers: ${[...issuers].join(', ')}`);
  // The portal's provider: the issuer itself (discovery), or the browser-facing authorization endpoint at the issuer's
  // address and the other endpoints where the services fetch their JWKS, inside the network.
  const [issuer] = issuers;
  const jwks = envOf(SERVICES[0]).SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI ?? '';
  const oidc = '/protocol/openid-connect';
  const inNetwork = jwks.endsWith(`${oidc}/certs`) ? jwks.slice(0, -`${oidc}/certs`.length) : null;
  const pctx = `${ctx}: ${PORTAL}`;
  const provider = portalProvider((n) => n in portalEnv, pctx);
  const P = 'SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_';
  if (provider === 'discovery') {
    check(portalEnv[`${P}ISSUER_URI`] === issuer, pctx, `${P}ISSUER_URI=${portalEnv[`${P}ISSUER_URI`]}, the others trust ${issuer}`);
  } else if (provider === 'endpoints') {
    checkNoIssuerInYml(pctx);
    check(portalEnv[`${P}AUTHORIZATION_URI`] === `${issuer}${oidc}/auth`, pctx,
      `${P}AUTHORIZATION_URI=${portalEnv[`${P}AUTHORIZATION_URI`]}, expected ${issuer}${oidc}/auth (the issuer's address, which the browser reaches)`);
    if (check(inNetwork !== null, pctx, `cannot tell the issuer's address inside the network from the services' JWK set URI ${jwks}`)) {
      for (const [name, path] of [['TOKEN_URI', 'token'], ['JWK_SET_URI', 'certs'], ['USER_INFO_URI', 'userinfo']]) {
        check(portalEnv[P + name] === `${inNetwork}${oidc}/${path}`, pctx,
          `${P}${name}=${portalEnv[P + name]}, expected ${inNetwork}${oidc}/${path} (inside the network, where the services fetch their keys)`);
      }
    }
  }
  const kc = services.keycloak;
  const realmMount = (kc?.volumes ?? []).map(String).find((v) => v.includes('koploper-realm.json'));
  if (check(!!realmMount, ctx, 'keycloak mounts no koploper-realm.json')) {
    const realmFile = realmMount.split(':')[0].replace(/^\.\//, '');
    const realm = JSON.parse(read(realmFile));
    const hostname = kc.environment?.KC_HOSTNAME;
    check(issuer === `${hostname}/realms/${realm.realm}`, ctx, `issuer ${issuer} is not Keycloak's ${hostname}/realms/${realm.realm}`);
    const mappers = realm.clients.flatMap((c) => c.protocolMappers ?? []);
    check(mappers.some((m) => m.protocolMapper === 'oidc-audience-mapper' && m.config['included.custom.audience'] === 'koploper'), realmFile, 'no audience mapper for koploper');
    for (const claim of ['tenant', 'roles']) {
      check(mappers.some((m) => m.config['claim.name'] === claim && m.config['access.token.claim'] === 'true'), realmFile, `no mapper puts ${claim} into the access token`);
    }
    const tenants = new Set(realm.users.map((u) => u.attributes?.tenant?.[0]).filter(Boolean));
    check(tenants.size >= 2, realmFile, `demo users for ${tenants.size} gemeenten, expected 2`);
    checkPortalClient(realm, realmFile, portalEnv);
  }
  // The local overlay's copy of the realm (kustomize reads no file outside its directory).
  const realmCopy = 'deploy/overlays/local/dev-infra/koploper-realm.json';
  if (existsSync(join(REPO, realmCopy))) {
    check(read(realmCopy) === read('docker/keycloak/koploper-realm.json'), realmCopy,
      'differs from docker/keycloak/koploper-realm.json: cp docker/keycloak/koploper-realm.json ' + realmCopy);
  }
  // The Dockerfile the compose file builds.
  const dockerfile = read('docker/Dockerfile');
  check(dockerfile.includes(`SERVER_PORT=${CONTAINER_PORT}`) && dockerfile.includes(`EXPOSE ${CONTAINER_PORT}`), 'docker/Dockerfile', `does not set SERVER_PORT=${CONTAINER_PORT} and EXPOSE ${CONTAINER_PORT}`);
  check(/^USER\s+\d+/m.test(dockerfile), 'docker/Dockerfile', 'no numeric non-root USER (runAsNonRoot needs a numeric uid)');
  check(dockerfile.includes('-Djarmode=tools') && dockerfile.includes('--layers'), 'docker/Dockerfile', 'does not extract the layers with the tools jar mode');
  const ignore = read('docker/Dockerfile.dockerignore');
  for (const app of APPS) check(ignore.includes(`!${app}/target/${app}-*.jar`), 'docker/Dockerfile.dockerignore', `does not let ${app}'s jar into the build context`);
}

/** The realm's client for the portal: what docker-compose.yml gives the portal, and what the sign-in needs. */
function checkPortalClient(realm, realmFile, env) {
  const id = env.SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_ID;
  const client = realm.clients.find((c) => c.clientId === id);
  const ctx = `${realmFile}: client ${id}`;
  if (!check(!!client, realmFile, `no client ${id} (the portal's SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_ID)`)) return;
  check(client.publicClient === false && client.secret === env.SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_SECRET, ctx,
    'is not confidential with the secret docker-compose.yml gives the portal');
  check(client.standardFlowEnabled === true && client.implicitFlowEnabled !== true && client.directAccessGrantsEnabled !== true
    && client.serviceAccountsEnabled !== true, ctx, 'allows more than the standard flow (authorization code)');
  check(client.attributes?.['pkce.code.challenge.method'] === 'S256', ctx, 'does not require PKCE S256');
  const base = env.KOPLOPER_PUBLIC_BASE_URL;
  check((client.redirectUris ?? []).includes(`${base}/login/oauth2/code/${PORTAL_REGISTRATION}`), ctx,
    `redirectUris lack ${base}/login/oauth2/code/${PORTAL_REGISTRATION}`);
  check(String(client.attributes?.['post.logout.redirect.uris'] ?? '').split('##').includes(`${base}/*`), ctx,
    `post.logout.redirect.uris lacks ${base}/*`);
  check((client.webOrigins ?? []).some((o) => o === base || o === '+'), ctx, `webOrigins lack ${base}`);
  // Keycloak answers invalid_scope to a scope it has no client scope for.
  const scopes = portalScopes(env.SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_SCOPE);
  check(scopes.includes('openid'), `docker-compose.yml: ${PORTAL}`, 'does not ask for the scope openid (OIDC sign-in)');
  const known = realm.clientScopes ? ['openid', ...realm.clientScopes.map((c) => c.name)] : KEYCLOAK_BUILTIN_SCOPES;
  const unknown = scopes.filter((x) => !known.includes(x));
  check(unknown.length === 0, `docker-compose.yml: ${PORTAL}`,
    `asks for the scopes ${unknown.join(', ')}, which the realm does not know: Keycloak refuses the sign-in (invalid_scope)`);
  const mappers = client.protocolMappers ?? [];
  check(mappers.some((m) => m.protocolMapper === 'oidc-audience-mapper' && m.config['included.custom.audience'] === 'koploper'
    && m.config['access.token.claim'] === 'true'), ctx, 'no audience mapper for koploper (the gateway and services refuse its tokens)');
  for (const claim of ['tenant', 'roles', 'email']) {
    check(mappers.some((m) => m.config['claim.name'] === claim && m.config['access.token.claim'] === 'true'), ctx, `no mapper puts ${claim} into the access token`);
  }
  check(mappers.some((m) => m.config['claim.name'] === 'roles' && m.config.multivalued === 'true'), ctx, 'roles is not multivalued (a JSON array)');
}

// ------------------------------------------------------------------------------------------------ main

checkExpectedAgainstSources();
if (arg('--boot-metadata')) checkBootMetadata(arg('--boot-metadata'));
else notes.push('no --boot-metadata: property names not checked against Boot');
checkCompose();
for (const [overlay, file] of Object.entries(rendered)) {
  const objs = yaml.loadAll(readFileSync(file, 'utf8')).filter(Boolean);
  check(objs.length > 0, overlay, 'rendered nothing');
  for (const obj of objs) await validateSchema(obj, `${overlay}: ${obj.kind} ${obj.metadata?.name}`);
  checkKubernetes(objs, overlay);
}
const reason = arg('--no-render-reason');
if (reason) console.log(`WARNING: the Kubernetes overlays were NOT checked: ${reason}`);

for (const n of notes) console.log(`note: ${n}`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`deploy-check: ${Object.keys(rendered).join(', ') || 'no overlays'} and docker-compose.yml`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
