// What the apps read from their environment: the one list that deploy/ and docker-compose.yml are checked against.
//
// Each name says where the app reads it, and check.mjs verifies that against the sources, so a renamed
// placeholder or property fails the check instead of silently falling back to a default:
//   placeholder(file)  the file contains ${NAME:...} or ${NAME}
//   property(prop)     Spring Boot binds NAME to `prop` (relaxed binding); the platform names it in
//                      PlatformDefaults.java, or it is one of Boot's own (BOOT_PROPERTIES below)
//   jvm                read by the JVM itself (JAVA_TOOL_OPTIONS)
//   appProperty        the app's own koploper.* property: NAME binds to it, and its application.yml declares it
//   publicBaseUrl      koploper.public-base-url (KOPLOPER_PUBLIC_BASE_URL): declared in the module's application.yml,
//                      or read as ${koploper.public-base-url...} in its main Java sources
//   placeholderOrProperty(file, prop)  the file contains ${NAME...}, or declares prop (which NAME binds to)
//   helper             never read by the app: a Kubernetes variable that another one expands with $(NAME)

export const SERVICES = ['cohort-service', 'assessment-service', 'footprint-service', 'events-service', 'notification-service'];
/** The web application people use: an OIDC client that calls the services only through the gateway. */
export const PORTAL = 'portal';
export const APPS = ['gateway', ...SERVICES, PORTAL];
/** Apps that accept traffic from anywhere; every other app accepts the gateway (and monitoring) only. */
export const PUBLIC_APPS = ['gateway', PORTAL];
/** Services that put links for people into mail, PDFs or answers: all start with the portal's public address. */
export const PUBLIC_LINK_SERVICES = ['cohort-service', 'events-service', 'notification-service'];

/** Port every app listens on inside a container (SERVER_PORT); Services and compose talk to it. */
export const CONTAINER_PORT = 8080;

/** Host ports in docker-compose.yml: the same as ./koploper's (APP_PORT there), so URLs stay the same. */
export const HOST_PORTS = {
  gateway: 8080, 'cohort-service': 8081, 'assessment-service': 8082,
  'footprint-service': 8083, 'events-service': 8084, 'notification-service': 8085, portal: 8070,
};

export const PROBES = { liveness: '/actuator/health/liveness', readiness: '/actuator/health/readiness' };
export const METRICS_PATH = '/actuator/prometheus';

const PLATFORM_DEFAULTS = 'platform/src/main/java/nl/koploper/platform/config/PlatformDefaults.java';
const GATEWAY_YML = 'gateway/src/main/resources/application.yml';
const PORTAL_YML = 'portal/src/main/resources/application.yml';
/** The portal's OIDC client registration id: the environment names below carry it (..._REGISTRATION_KOPLOPER_...). */
export const PORTAL_REGISTRATION = 'koploper';

/** Boot's own properties that the platform does not default; bound by Boot's auto-configuration. */
export const BOOT_PROPERTIES = [
  'server.port',
  'spring.kafka.producer.acks',
  'spring.kafka.producer.properties.enable.idempotence',
  'spring.mail.host', 'spring.mail.port', 'spring.mail.username', 'spring.mail.password',
  'spring.mail.properties.mail.smtp.auth', 'spring.mail.properties.mail.smtp.starttls.required',
  'spring.security.oauth2.client.registration.koploper.client-id',
  'spring.security.oauth2.client.registration.koploper.client-secret',
  'spring.security.oauth2.client.registration.koploper.scope',
  'spring.security.oauth2.client.provider.koploper.issuer-uri',
  'spring.security.oauth2.client.provider.koploper.authorization-uri',
  'spring.security.oauth2.client.provider.koploper.token-uri',
  'spring.security.oauth2.client.provider.koploper.jwk-set-uri',
  'spring.security.oauth2.client.provider.koploper.user-info-uri',
];

/**
 * Namespaces that a Boot module of their own declares, finer than the first two segments of a name: a property
 * under one of them counts as covered by the configuration metadata only when that module's jar was scanned (the
 * resource server's jar declares spring.security.* too, but nothing of the OAuth2 client's).
 */
export const BOOT_NAMESPACES = ['spring.security.oauth2.client.', 'spring.security.oauth2.resourceserver.'];

const placeholder = (file) => ({ kind: 'placeholder', file });
const property = (prop) => ({ kind: 'property', prop });
const jvm = { kind: 'jvm' };
/** A property of the app's own (koploper.*), which its application.yml must declare. */
const appProperty = (prop, file) => ({ kind: 'appProperty', prop, file });
/** The one public address every link for people starts with (the portal), koploper.public-base-url. */
const publicBaseUrl = (module) => ({ kind: 'publicBaseUrl', prop: 'koploper.public-base-url', module });
/** Read through a placeholder in the file, or bound to prop and declared there: either way the name reaches the app. */
const placeholderOrProperty = (file, prop) => ({ kind: 'placeholderOrProperty', file, prop });
const helper = { kind: 'helper' };

const SERVICE_ENV = {
  SERVER_PORT: property('server.port'),
  SPRING_MONGODB_URI: property('spring.mongodb.uri'),
  SPRING_KAFKA_BOOTSTRAP_SERVERS: property('spring.kafka.bootstrap-servers'),
  SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI: property('spring.security.oauth2.resourceserver.jwt.issuer-uri'),
  SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI: property('spring.security.oauth2.resourceserver.jwt.jwk-set-uri'),
  SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES: property('spring.security.oauth2.resourceserver.jwt.audiences'),
  MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED: property('management.endpoint.health.probes.enabled'),
  SPRING_THREADS_VIRTUAL_ENABLED: property('spring.threads.virtual.enabled'),
  SPRING_KAFKA_PRODUCER_ACKS: property('spring.kafka.producer.acks'),
  SPRING_KAFKA_PRODUCER_PROPERTIES_ENABLE_IDEMPOTENCE: property('spring.kafka.producer.properties.enable.idempotence'),
  JAVA_TOOL_OPTIONS: jvm,
  MONGODB_CONNECTION_STRING: helper,
  MONGODB_URI_OPTIONS: helper,
};

const MAIL_ENV = {
  SPRING_MAIL_HOST: property('spring.mail.host'),
  SPRING_MAIL_PORT: property('spring.mail.port'),
  SPRING_MAIL_USERNAME: property('spring.mail.username'),
  SPRING_MAIL_PASSWORD: property('spring.mail.password'),
  SPRING_MAIL_PROPERTIES_MAIL_SMTP_AUTH: property('spring.mail.properties.mail.smtp.auth'),
  SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED: property('spring.mail.properties.mail.smtp.starttls.required'),
};

const GATEWAY_ENV = Object.fromEntries([
  ['SERVER_PORT', placeholder(GATEWAY_YML)],
  ['JAVA_TOOL_OPTIONS', jvm],
  ...['KOPLOPER_ISSUER_URI', 'KOPLOPER_JWK_SET_URI', 'KOPLOPER_AUDIENCE',
    'COHORT_SERVICE_URI', 'ASSESSMENT_SERVICE_URI', 'FOOTPRINT_SERVICE_URI', 'EVENTS_SERVICE_URI', 'NOTIFICATION_SERVICE_URI',
    'GATEWAY_CONNECT_TIMEOUT_MS', 'COHORT_RESPONSE_TIMEOUT_MS', 'ASSESSMENT_RESPONSE_TIMEOUT_MS', 'FOOTPRINT_RESPONSE_TIMEOUT_MS',
    'EVENTS_RESPONSE_TIMEOUT_MS', 'NOTIFICATION_RESPONSE_TIMEOUT_MS', 'GATEWAY_FALLBACK_RETRY_AFTER',
    'GATEWAY_RATE_LIMIT_ENABLED', 'GATEWAY_RATE_LIMIT_TENANT_RPS', 'GATEWAY_RATE_LIMIT_TENANT_BURST',
    'GATEWAY_RATE_LIMIT_PUBLIC_RPS', 'GATEWAY_RATE_LIMIT_PUBLIC_BURST', 'GATEWAY_TRUSTED_PROXY_HOPS',
    'GATEWAY_CORS_ALLOWED_ORIGINS', 'GATEWAY_CB_WINDOW', 'GATEWAY_CB_MINIMUM_CALLS', 'GATEWAY_CB_OPEN_WAIT',
    'TRACING_SAMPLING_PROBABILITY'].map((n) => [n, placeholder(GATEWAY_YML)]),
]);

/**
 * The portal: an OIDC client (registration and provider 'koploper'), no MongoDB, no Kafka. The provider is either
 * named by its issuer (discovery; Kubernetes, where the issuer is reachable under its own name) or endpoint by
 * endpoint (docker-compose, where the browser and the portal reach Keycloak at different addresses): see
 * PORTAL_PROVIDER.
 */
const PORTAL_ENV = {
  SERVER_PORT: property('server.port'),
  MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED: property('management.endpoint.health.probes.enabled'),
  KOPLOPER_GATEWAY_URI: placeholderOrProperty(PORTAL_YML, 'koploper.gateway-uri'),
  KOPLOPER_PUBLIC_BASE_URL: placeholderOrProperty(PORTAL_YML, 'koploper.public-base-url'),
  // Only where the issuer's endpoints are named one by one (docker-compose): its end-session endpoint.
  KOPLOPER_PORTAL_ISSUER_LOGOUT_URI: placeholderOrProperty(PORTAL_YML, 'koploper.portal.issuer-logout-uri'),
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_ID: property('spring.security.oauth2.client.registration.koploper.client-id'),
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_SECRET: property('spring.security.oauth2.client.registration.koploper.client-secret'),
  // The scopes asked for at sign-in depend on the issuer: Keycloak refuses a scope it has no client scope for
  // (invalid_scope), and puts the audience koploper in by the client's mapper, not by a scope.
  SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_SCOPE: property('spring.security.oauth2.client.registration.koploper.scope'),
  SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_ISSUER_URI: property('spring.security.oauth2.client.provider.koploper.issuer-uri'),
  SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_AUTHORIZATION_URI: property('spring.security.oauth2.client.provider.koploper.authorization-uri'),
  SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_TOKEN_URI: property('spring.security.oauth2.client.provider.koploper.token-uri'),
  SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_JWK_SET_URI: property('spring.security.oauth2.client.provider.koploper.jwk-set-uri'),
  SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_USER_INFO_URI: property('spring.security.oauth2.client.provider.koploper.user-info-uri'),
  JAVA_TOOL_OPTIONS: jvm,
};

/**
 * Keycloak's built-in client scopes: what a realm import creates when the realm file declares no clientScopes (as
 * docker/keycloak/koploper-realm.json does not), and so the only scopes, besides openid, the portal may ask for.
 */
export const KEYCLOAK_BUILTIN_SCOPES = ['openid', 'profile', 'email', 'address', 'phone', 'offline_access', 'roles',
  'web-origins', 'acr', 'basic', 'microprofile-jwt', 'organization'];

/** How the portal may name its issuer: every name of one of the two sets, and none of the other. */
export const PORTAL_PROVIDER = {
  discovery: ['SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_ISSUER_URI'],
  endpoints: ['SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_AUTHORIZATION_URI', 'SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_TOKEN_URI',
    'SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_JWK_SET_URI', 'SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KOPLOPER_USER_INFO_URI'],
};

/** Every name an app may be given, with where it reads it. Anything else set on an app is a typo or dead. */
const OWN_ENV = {
  'cohort-service': {
    KOPLOPER_PUBLIC_BASE_URL: publicBaseUrl('cohort-service'),
  },
  'events-service': {
    KOPLOPER_EVENTS_RSVP_KEY: appProperty('koploper.events.rsvp.key', 'events-service/src/main/resources/application.yml'),
    KOPLOPER_PUBLIC_BASE_URL: publicBaseUrl('events-service'),
  },
  'notification-service': {
    ...MAIL_ENV,
    KOPLOPER_PUBLIC_BASE_URL: publicBaseUrl('notification-service'),
    KOPLOPER_NOTIFICATION_UNSUBSCRIBE_KEY:
      appProperty('koploper.notification.unsubscribe.key', 'notification-service/src/main/resources/application.yml'),
    KOPLOPER_NOTIFICATION_CERTIFICATE_BASE_URL:
      appProperty('koploper.notification.certificate-base-url', 'notification-service/src/main/resources/application.yml'),
  },
};

export const ENV = {
  gateway: GATEWAY_ENV,
  ...Object.fromEntries(SERVICES.map((s) => [s, { ...SERVICE_ENV, ...(OWN_ENV[s] ?? {}) }])),
  [PORTAL]: PORTAL_ENV,
};

/** Names that must be set wherever the app runs in a container (the defaults point at the local stack's 127.0.0.1). */
const SERVICE_REQUIRED = [
  'SERVER_PORT', 'SPRING_MONGODB_URI', 'SPRING_KAFKA_BOOTSTRAP_SERVERS',
  'SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI', 'SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI',
  'SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES', 'MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED',
];
export const REQUIRED = {
  gateway: ['SERVER_PORT', 'KOPLOPER_ISSUER_URI', 'KOPLOPER_JWK_SET_URI', 'KOPLOPER_AUDIENCE',
    'COHORT_SERVICE_URI', 'ASSESSMENT_SERVICE_URI', 'FOOTPRINT_SERVICE_URI', 'EVENTS_SERVICE_URI', 'NOTIFICATION_SERVICE_URI'],
  ...Object.fromEntries(SERVICES.map((s) => [s, [
    ...SERVICE_REQUIRED,
    ...(PUBLIC_LINK_SERVICES.includes(s) ? ['KOPLOPER_PUBLIC_BASE_URL'] : []),
    ...(s === 'notification-service' ? ['SPRING_MAIL_HOST', 'SPRING_MAIL_PORT', 'KOPLOPER_NOTIFICATION_CERTIFICATE_BASE_URL'] : []),
  ]])),
  // Plus one complete set of PORTAL_PROVIDER.
  [PORTAL]: ['SERVER_PORT', 'MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED', 'KOPLOPER_GATEWAY_URI', 'KOPLOPER_PUBLIC_BASE_URL',
    'SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_ID', 'SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KOPLOPER_CLIENT_SECRET'],
};

/** Which service each gateway URI variable must point at. */
export const GATEWAY_ROUTES = {
  COHORT_SERVICE_URI: 'cohort-service', ASSESSMENT_SERVICE_URI: 'assessment-service',
  FOOTPRINT_SERVICE_URI: 'footprint-service', EVENTS_SERVICE_URI: 'events-service',
  NOTIFICATION_SERVICE_URI: 'notification-service',
};

/** Secrets that the overlays reference but do not render: made by an operator or created from the environment. */
export const EXTERNAL_SECRETS = {
  'koploper-mongodb-connection': { keys: ['connectionString.standard'], madeBy: 'the MongoDB Community operator (components/mongodb)' },
  'koploper-mongodb-password': { keys: ['password'], madeBy: 'the deploying job, from its environment' },
  'koploper-smtp': { keys: ['username', 'password'], madeBy: 'the deploying job, from its environment' },
  'koploper-link-signing': { keys: ['events-rsvp', 'notification-unsubscribe'], madeBy: 'the deploying job, from its environment' },
  'koploper-portal-oidc': { keys: ['client-secret'], madeBy: 'the deploying job, from its environment' },
};

/** The topics file in contracts; every topic there must be declared (with its .dlt) in components/strimzi-kafka. */
export const TOPICS_SOURCE = 'contracts/src/main/java/nl/koploper/contracts/Topics.java';
export const SOURCES = { PLATFORM_DEFAULTS, GATEWAY_YML, PORTAL_YML };
