export const id = 263;

export const ids = [ 263 ];

export const modules = {
    8263: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            GetRoleCredentialsCommand: () => _aws_sdk_nested_clients_sso__WEBPACK_IMPORTED_MODULE_0__.EF,
            SSOClient: () => _aws_sdk_nested_clients_sso__WEBPACK_IMPORTED_MODULE_0__.$M
        });
        var _aws_sdk_nested_clients_sso__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2579);
    },
    2579: (__unused_webpack_module, exports, __webpack_require__) => {
        const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin} = __webpack_require__(5152), {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402), {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658), {Command: $Command} = __webpack_require__(2658), {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291), {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085), {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422), {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609), {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890), {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, AwsSdkSigV4Signer: AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523), {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430), {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(5383), {AwsRestJsonProtocol: AwsRestJsonProtocol} = __webpack_require__(7288), {Sha256: Sha256} = __webpack_require__(9542), defaultSSOHttpAuthSchemeParametersProvider = async (config, context, input) => ({
            operation: getSmithyContext(context).operation,
            region: await normalizeProvider(config.region)() || (() => {
                throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
            })()
        }), defaultSSOHttpAuthSchemeProvider = authParameters => {
            const options = [];
            return "GetRoleCredentials" === authParameters.operation ? options.push({
                schemeId: "smithy.api#noAuth"
            }) : options.push(function(authParameters) {
                return {
                    schemeId: "aws.auth#sigv4",
                    signingProperties: {
                        name: "awsssoportal",
                        region: authParameters.region
                    },
                    propertiesExtractor: (config, context) => ({
                        signingProperties: {
                            config: config,
                            context: context
                        }
                    })
                };
            }(authParameters)), options;
        };
        const k = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = {
            [k]: "Endpoint"
        }, h = {
            [k]: d
        }, i = {}, j = [ {
            [k]: "Region"
        } ], _data = {
            conditions: [ [ c, [ g ] ], [ c, j ], [ "aws.partition", j, d ], [ e, [ {
                [k]: "UseFIPS"
            }, b ] ], [ e, [ {
                [k]: "UseDualStack"
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ h, "supportsDualStack" ]
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ h, "supportsFIPS" ]
            }, b ] ], [ "stringEquals", [ {
                fn: f,
                argv: [ h, "name" ]
            }, "aws-us-gov" ] ] ],
            results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ g, i ], [ "https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://portal.sso.{Region}.amazonaws.com", i ], [ "https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}", i ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://portal.sso.{Region}.{PartitionResult#dnsSuffix}", i ], [ a, "Invalid Configuration: Missing Region" ] ]
        }, r = 1e8, nodes = new Int32Array([ -1, 1, -1, 0, 13, 3, 1, 4, r + 12, 2, 5, r + 12, 3, 8, 6, 4, 7, r + 11, 5, r + 9, r + 10, 4, 11, 9, 6, 10, r + 8, 7, r + 6, r + 7, 5, 12, r + 5, 6, r + 4, r + 5, 3, r + 1, 14, 4, r + 2, r + 3 ]), bdd = BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results), cache = new EndpointCache({
            size: 50,
            params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
        }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
            endpointParams: endpointParams,
            logger: context.logger
        }));
        customEndpointFunctions.aws = awsEndpointFunctions;
        class SSOServiceException extends ServiceException {
            static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";
            constructor(options) {
                super(options), Object.setPrototypeOf(this, SSOServiceException.prototype);
            }
        }
        class InvalidRequestException extends SSOServiceException {
            static shapeId="com.amazonaws.sso#InvalidRequestException";
            name="InvalidRequestException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "InvalidRequestException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, InvalidRequestException.prototype);
            }
        }
        class ResourceNotFoundException extends SSOServiceException {
            static shapeId="com.amazonaws.sso#ResourceNotFoundException";
            name="ResourceNotFoundException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "ResourceNotFoundException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
            }
        }
        class TooManyRequestsException extends SSOServiceException {
            static shapeId="com.amazonaws.sso#TooManyRequestsException";
            name="TooManyRequestsException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "TooManyRequestsException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, TooManyRequestsException.prototype);
            }
        }
        class UnauthorizedException extends SSOServiceException {
            static shapeId="com.amazonaws.sso#UnauthorizedException";
            name="UnauthorizedException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "UnauthorizedException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, UnauthorizedException.prototype);
            }
        }
        const _c = "client", _e = "error", _h = "http", _hE = "httpError", _hH = "httpHeader", _hQ = "httpQuery", _m = "message", _s = "smithy.ts.sdk.synthetic.com.amazonaws.sso", n0 = "com.amazonaws.sso", _s_registry = new TypeRegistry(_s);
        var SSOServiceException$ = [ -3, _s, "SSOServiceException", 0, [], [] ];
        _s_registry.registerError(SSOServiceException$, SSOServiceException);
        const n0_registry = new TypeRegistry(n0);
        var InvalidRequestException$ = [ -3, n0, "InvalidRequestException", {
            [_e]: _c,
            [_hE]: 400
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
        var ResourceNotFoundException$ = [ -3, n0, "ResourceNotFoundException", {
            [_e]: _c,
            [_hE]: 404
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
        var TooManyRequestsException$ = [ -3, n0, "TooManyRequestsException", {
            [_e]: _c,
            [_hE]: 429
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
        var UnauthorizedException$ = [ -3, n0, "UnauthorizedException", {
            [_e]: _c,
            [_hE]: 401
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(UnauthorizedException$, UnauthorizedException);
        const errorTypeRegistries = [ _s_registry, n0_registry ];
        var AccessTokenType = [ 0, n0, "AccessTokenType", 8, 0 ], SecretAccessKeyType = [ 0, n0, "SecretAccessKeyType", 8, 0 ], SessionTokenType = [ 0, n0, "SessionTokenType", 8, 0 ], GetRoleCredentialsRequest$ = [ 3, n0, "GetRoleCredentialsRequest", 0, [ "roleName", "accountId", "accessToken" ], [ [ 0, {
            [_hQ]: "role_name"
        } ], [ 0, {
            [_hQ]: "account_id"
        } ], [ () => AccessTokenType, {
            [_hH]: "x-amz-sso_bearer_token"
        } ] ], 3 ], GetRoleCredentialsResponse$ = [ 3, n0, "GetRoleCredentialsResponse", 0, [ "roleCredentials" ], [ [ () => RoleCredentials$, 0 ] ] ], RoleCredentials$ = [ 3, n0, "RoleCredentials", 0, [ "accessKeyId", "secretAccessKey", "sessionToken", "expiration" ], [ 0, [ () => SecretAccessKeyType, 0 ], [ () => SessionTokenType, 0 ], 1 ] ], GetRoleCredentials$ = [ 9, n0, "GetRoleCredentials", {
            [_h]: [ "GET", "/federation/credentials", 200 ]
        }, () => GetRoleCredentialsRequest$, () => GetRoleCredentialsResponse$ ];
        class SSOClient extends Client {
            config;
            constructor(...[configuration]) {
                const _config_0 = (config => {
                    emitWarningIfUnsupportedVersion(process.version);
                    const defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = (config => ({
                        apiVersion: "2019-06-10",
                        base64Decoder: config?.base64Decoder ?? fromBase64,
                        base64Encoder: config?.base64Encoder ?? toBase64,
                        disableHostPrefix: config?.disableHostPrefix ?? !1,
                        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
                        extensions: config?.extensions ?? [],
                        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSOHttpAuthSchemeProvider,
                        httpAuthSchemes: config?.httpAuthSchemes ?? [ {
                            schemeId: "aws.auth#sigv4",
                            identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
                            signer: new AwsSdkSigV4Signer
                        }, {
                            schemeId: "smithy.api#noAuth",
                            identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
                            signer: new NoAuthSigner
                        } ],
                        logger: config?.logger ?? new NoOpLogger,
                        protocol: config?.protocol ?? AwsRestJsonProtocol,
                        protocolSettings: config?.protocolSettings ?? {
                            defaultNamespace: "com.amazonaws.sso",
                            errorTypeRegistries: errorTypeRegistries,
                            version: "2019-06-10",
                            serviceTarget: "SWBPortalService"
                        },
                        serviceId: config?.serviceId ?? "SSO",
                        sha256: config?.sha256 ?? Sha256,
                        urlParser: config?.urlParser ?? parseUrl,
                        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
                        utf8Encoder: config?.utf8Encoder ?? toUtf8
                    }))(config);
                    emitWarningIfUnsupportedVersion$1(process.version);
                    const loaderConfig = {
                        profile: config?.profile,
                        logger: clientSharedValues.logger
                    };
                    return {
                        ...clientSharedValues,
                        ...config,
                        runtime: "node",
                        defaultsMode: defaultsMode,
                        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
                        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
                        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
                        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({
                            serviceId: clientSharedValues.serviceId,
                            clientVersion: "3.998.3"
                        }),
                        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
                        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, {
                            ...NODE_REGION_CONFIG_FILE_OPTIONS,
                            ...loaderConfig
                        }),
                        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
                        retryMode: config?.retryMode ?? loadConfig({
                            ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                            default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
                        }, config),
                        streamCollector: config?.streamCollector ?? streamCollector,
                        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
                    };
                })(configuration || {});
                super(_config_0), this.initConfig = _config_0;
                const _config_1 = (options = _config_0, Object.assign(options, {
                    useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
                    useFipsEndpoint: options.useFipsEndpoint ?? !1,
                    defaultSigningName: "awsssoportal"
                }));
                var options;
                const _config_2 = resolveUserAgentConfig(_config_1), _config_3 = resolveRetryConfig(_config_2), _config_4 = resolveRegionConfig(_config_3), _config_5 = resolveHostHeaderConfig(_config_4), _config_8 = ((runtimeConfig, extensions) => {
                    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), (runtimeConfig => {
                        const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
                        let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider, _credentials = runtimeConfig.credentials;
                        return {
                            setHttpAuthScheme(httpAuthScheme) {
                                const index = _httpAuthSchemes.findIndex(scheme => scheme.schemeId === httpAuthScheme.schemeId);
                                -1 === index ? _httpAuthSchemes.push(httpAuthScheme) : _httpAuthSchemes.splice(index, 1, httpAuthScheme);
                            },
                            httpAuthSchemes: () => _httpAuthSchemes,
                            setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
                                _httpAuthSchemeProvider = httpAuthSchemeProvider;
                            },
                            httpAuthSchemeProvider: () => _httpAuthSchemeProvider,
                            setCredentials(credentials) {
                                _credentials = credentials;
                            },
                            credentials: () => _credentials
                        };
                    })(runtimeConfig));
                    return extensions.forEach(extension => extension.configure(extensionConfiguration)), 
                    Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), {
                        httpAuthSchemes: (config = extensionConfiguration).httpAuthSchemes(),
                        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
                        credentials: config.credentials()
                    });
                    var config;
                })((config => {
                    const config_0 = resolveAwsSdkSigV4Config(config);
                    return Object.assign(config_0, {
                        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
                    });
                })(resolveEndpointConfig(_config_5)), configuration?.extensions || []);
                this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), 
                this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), 
                this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), 
                this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), 
                this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
                    httpAuthSchemeParametersProvider: defaultSSOHttpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: async config => new DefaultIdentityProviderConfig({
                        "aws.auth#sigv4": config.credentials
                    })
                })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
            }
            destroy() {
                super.destroy();
            }
        }
        const command = makeBuilder({
            UseFIPS: {
                type: "builtInParams",
                name: "useFipsEndpoint"
            },
            Endpoint: {
                type: "builtInParams",
                name: "endpoint"
            },
            Region: {
                type: "builtInParams",
                name: "region"
            },
            UseDualStack: {
                type: "builtInParams",
                name: "useDualstackEndpoint"
            }
        }, "SWBPortalService", "SSOClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [];
        class GetRoleCredentialsCommand extends(command(_ep0, _mw0, "GetRoleCredentials", GetRoleCredentials$)){}
        const commands = {
            GetRoleCredentialsCommand: GetRoleCredentialsCommand
        };
        createAggregatedClient(commands, class extends SSOClient {}), exports.EF = GetRoleCredentialsCommand, 
        exports.$M = SSOClient;
    },
    5383: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__), __webpack_require__.d(__webpack_exports__, {
            DEFAULT_REQUEST_TIMEOUT: () => node_http_handler.w,
            NodeHttp2Handler: () => NodeHttp2Handler,
            NodeHttpHandler: () => node_http_handler.$,
            streamCollector: () => serde.streamCollector
        });
        var node_http_handler = __webpack_require__(3291), protocols = __webpack_require__(3422), build_abort_error = __webpack_require__(1051), get_transformed_headers = __webpack_require__(5544), external_node_http2_ = __webpack_require__(2467), external_node_http2_default = __webpack_require__.n(external_node_http2_);
        const ids = new Uint16Array(1);
        class ClientHttp2SessionRef {
            id=ids[0]++;
            total=0;
            max=0;
            session;
            refs=0;
            constructor(session) {
                session.unref(), this.session = session;
            }
            retain() {
                if (this.session.destroyed) throw new Error("@smithy/node-http-handler - cannot acquire reference to destroyed session.");
                this.refs += 1, this.total += 1, this.max = Math.max(this.refs, this.max), this.session.ref();
            }
            free() {
                if (!this.session.destroyed && (this.refs -= 1, 0 === this.refs && this.session.unref(), 
                this.refs < 0)) throw new Error("@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.");
            }
            deref() {
                return this.session;
            }
            close() {
                this.session.closed || this.session.close();
            }
            destroy() {
                this.refs = 0, this.session.destroyed || (this.session.setTimeout(0), this.session.destroy());
            }
            useCount() {
                return this.refs;
            }
        }
        class NodeHttp2ConnectionPool {
            sessions=[];
            maxConcurrency=0;
            constructor(sessions) {
                this.sessions = (sessions ?? []).map(session => new ClientHttp2SessionRef(session));
            }
            poll() {
                let cleanup = !1;
                for (const session of this.sessions) if (session.deref().destroyed) cleanup = !0; else if (!this.maxConcurrency || session.useCount() < this.maxConcurrency) return session;
                if (cleanup) for (const session of this.sessions) session.deref().destroyed && this.remove(session);
            }
            offerLast(ref) {
                this.sessions.push(ref);
            }
            remove(ref) {
                const ix = this.sessions.indexOf(ref);
                ix > -1 && this.sessions.splice(ix, 1);
            }
            [Symbol.iterator]() {
                return this.sessions[Symbol.iterator]();
            }
            setMaxConcurrency(maxConcurrency) {
                this.maxConcurrency = maxConcurrency;
            }
            destroy(ref) {
                this.remove(ref), ref.destroy();
            }
        }
        class NodeHttp2ConnectionManager {
            config;
            connectOptions;
            connectionPools=new Map;
            constructor(config) {
                if (this.config = config, this.config.maxConcurrency && this.config.maxConcurrency <= 0) throw new RangeError("maxConcurrency must be greater than zero.");
            }
            lease(requestContext, connectionConfiguration) {
                const url = this.getUrlString(requestContext), pool = this.getPool(url);
                if (!this.config.disableConcurrency && !connectionConfiguration.isEventStream) {
                    const available = pool.poll();
                    if (available) return available.retain(), available;
                }
                const ref = new ClientHttp2SessionRef(this.connect(url)), session = ref.deref();
                this.config.maxConcurrency && session.settings({
                    maxConcurrentStreams: this.config.maxConcurrency
                }, err => {
                    if (err) throw new Error("Fail to set maxConcurrentStreams to " + this.config.maxConcurrency + "when creating new session for " + requestContext.destination.toString());
                });
                const ensureDestroyed = () => {
                    this.removeFromPoolAndCheckedDestroy(url, ref);
                };
                return session.on("goaway", () => {
                    this.removeFromPoolAndClose(url, ref);
                }), session.on("error", ensureDestroyed), session.on("frameError", ensureDestroyed), 
                session.on("close", ensureDestroyed), connectionConfiguration.requestTimeout && session.setTimeout(connectionConfiguration.requestTimeout, ensureDestroyed), 
                pool.offerLast(ref), ref.retain(), ref;
            }
            release(_requestContext, ref) {
                ref.free();
            }
            createIsolatedSession(requestContext, connectionConfiguration) {
                const url = this.getUrlString(requestContext), ref = new ClientHttp2SessionRef(this.connect(url)), session = ref.deref();
                session.settings({
                    maxConcurrentStreams: 1
                });
                const ensureDestroyed = () => {
                    ref.destroy();
                };
                session.on("error", ensureDestroyed), session.on("frameError", ensureDestroyed), 
                session.on("close", ensureDestroyed);
                const timeout = connectionConfiguration.requestTimeout ?? 3e5;
                return session.setTimeout(timeout, ensureDestroyed), ref.retain(), ref;
            }
            destroy() {
                for (const [url, connectionPool] of this.connectionPools) {
                    for (const session of [ ...connectionPool ]) session.destroy();
                    this.connectionPools.delete(url);
                }
            }
            setMaxConcurrentStreams(maxConcurrentStreams) {
                if (maxConcurrentStreams && maxConcurrentStreams <= 0) throw new RangeError("maxConcurrentStreams must be greater than zero.");
                this.config.maxConcurrency = maxConcurrentStreams;
                for (const pool of this.connectionPools.values()) pool.setMaxConcurrency(maxConcurrentStreams);
            }
            setDisableConcurrentStreams(disableConcurrentStreams) {
                this.config.disableConcurrency = disableConcurrentStreams;
            }
            setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions) {
                this.connectOptions = nodeHttp2ConnectOptions;
            }
            debug() {
                const pools = {};
                for (const [url, pool] of this.connectionPools) {
                    const sessions = [];
                    for (const ref of pool) sessions.push({
                        id: ref.id,
                        active: ref.useCount(),
                        maxConcurrent: ref.max,
                        totalRequests: ref.total
                    });
                    pools[url] = {
                        sessions: sessions
                    };
                }
                return pools;
            }
            removeFromPoolAndClose(authority, ref) {
                this.connectionPools.get(authority)?.remove(ref), ref.close();
            }
            removeFromPoolAndCheckedDestroy(authority, ref) {
                this.connectionPools.get(authority)?.remove(ref), ref.destroy();
            }
            getPool(url) {
                if (!this.connectionPools.has(url)) {
                    const pool = new NodeHttp2ConnectionPool;
                    this.config.maxConcurrency && pool.setMaxConcurrency(this.config.maxConcurrency), 
                    this.connectionPools.set(url, pool);
                }
                return this.connectionPools.get(url);
            }
            getUrlString(request) {
                return request.destination.toString();
            }
            connect(url) {
                return void 0 === this.connectOptions ? external_node_http2_default().connect(url) : external_node_http2_default().connect(url, this.connectOptions);
            }
        }
        var resolve_default_socket_timeout = __webpack_require__(2687), write_request_body = __webpack_require__(1849);
        const {constants: constants} = external_node_http2_default();
        class NodeHttp2Handler {
            config;
            configProvider;
            metadata={
                handlerProtocol: "h2"
            };
            connectionManager=new NodeHttp2ConnectionManager({});
            static create(instanceOrOptions) {
                return "function" == typeof instanceOrOptions?.handle ? instanceOrOptions : new NodeHttp2Handler(instanceOrOptions);
            }
            constructor(options) {
                this.configProvider = new Promise((resolve, reject) => {
                    "function" == typeof options ? options().then(opts => {
                        resolve(opts || {});
                    }).catch(reject) : resolve(options || {});
                });
            }
            destroy() {
                this.connectionManager.destroy();
            }
            async handle(request, {abortSignal: abortSignal, requestTimeout: requestTimeout, isEventStream: isEventStream} = {}) {
                if (!this.config) {
                    const config = await this.configProvider;
                    this.config = {
                        ...config,
                        defaultSocketTimeout: (0, resolve_default_socket_timeout.U)(config)
                    };
                    const {disableConcurrentStreams: disableConcurrentStreams, maxConcurrentStreams: maxConcurrentStreams, nodeHttp2ConnectOptions: nodeHttp2ConnectOptions} = this.config;
                    this.connectionManager.setDisableConcurrentStreams(disableConcurrentStreams ?? !1), 
                    maxConcurrentStreams && this.connectionManager.setMaxConcurrentStreams(maxConcurrentStreams), 
                    nodeHttp2ConnectOptions && this.connectionManager.setNodeHttp2ConnectOptions(nodeHttp2ConnectOptions);
                }
                const {requestTimeout: configRequestTimeout, disableConcurrentStreams: disableConcurrentStreams, sessionTimeout: sessionTimeout} = this.config, useIsolatedSession = disableConcurrentStreams || isEventStream, effectiveRequestTimeout = requestTimeout ?? configRequestTimeout, defaultSocketTimeout = void 0 === effectiveRequestTimeout && void 0 === sessionTimeout ? this.config.defaultSocketTimeout : void 0;
                return new Promise((_resolve, _reject) => {
                    let writeRequestBodyPromise, fulfilled = !1;
                    const reject = async arg => {
                        await writeRequestBodyPromise, _reject(arg);
                    };
                    if (abortSignal?.aborted) {
                        fulfilled = !0;
                        const abortError = (0, build_abort_error.F)(abortSignal);
                        return void reject(abortError);
                    }
                    const {hostname: hostname, method: method, port: port, protocol: protocol, query: query} = request;
                    let auth = "";
                    null == request.username && null == request.password || (auth = `${request.username ?? ""}:${request.password ?? ""}@`);
                    const requestContext = {
                        destination: new URL(`${protocol}//${auth}${hostname}${port ? `:${port}` : ""}`)
                    }, connectConfig = {
                        requestTimeout: this.config?.sessionTimeout,
                        isEventStream: isEventStream
                    }, ref = useIsolatedSession ? this.connectionManager.createIsolatedSession(requestContext, connectConfig) : this.connectionManager.lease(requestContext, connectConfig), session = ref.deref(), rejectWithDestroy = err => {
                        useIsolatedSession && ref.destroy(), fulfilled = !0, reject(err);
                    }, queryString = query ? (0, protocols.buildQueryString)(query) : "";
                    let path = request.path;
                    queryString && (path += `?${queryString}`), request.fragment && (path += `#${request.fragment}`);
                    const clientHttp2Stream = session.request({
                        ...request.headers,
                        [constants.HTTP2_HEADER_PATH]: path,
                        [constants.HTTP2_HEADER_METHOD]: method
                    });
                    if (effectiveRequestTimeout ? clientHttp2Stream.setTimeout(effectiveRequestTimeout, () => {
                        clientHttp2Stream.close();
                        const timeoutError = new Error(`Stream timed out because of no activity for ${effectiveRequestTimeout} ms`);
                        timeoutError.name = "TimeoutError", rejectWithDestroy(timeoutError);
                    }) : defaultSocketTimeout && (clientHttp2Stream.setTimeout(defaultSocketTimeout, () => {
                        const timeoutError = new Error(`Stream timed out because of no activity for ${defaultSocketTimeout} ms`);
                        timeoutError.name = "TimeoutError", fulfilled = !0, reject(timeoutError), clientHttp2Stream.destroy(timeoutError), 
                        useIsolatedSession && ref.destroy();
                    }), clientHttp2Stream.once("response", () => clientHttp2Stream.setTimeout(defaultSocketTimeout))), 
                    abortSignal) {
                        const onAbort = () => {
                            clientHttp2Stream.close();
                            const abortError = (0, build_abort_error.F)(abortSignal);
                            rejectWithDestroy(abortError);
                        };
                        if ("function" == typeof abortSignal.addEventListener) {
                            const signal = abortSignal;
                            signal.addEventListener("abort", onAbort, {
                                once: !0
                            }), clientHttp2Stream.once("close", () => signal.removeEventListener("abort", onAbort));
                        } else abortSignal.onabort = onAbort;
                    }
                    clientHttp2Stream.on("frameError", (type, code, id) => {
                        rejectWithDestroy(new Error(`Frame type id ${type} in stream id ${id} has failed with code ${code}.`));
                    }), clientHttp2Stream.on("error", rejectWithDestroy), clientHttp2Stream.on("aborted", () => {
                        rejectWithDestroy(new Error(`HTTP/2 stream is abnormally aborted in mid-communication with result code ${clientHttp2Stream.rstCode}.`));
                    }), clientHttp2Stream.on("response", headers => {
                        const httpResponse = new protocols.HttpResponse({
                            statusCode: headers[":status"] ?? -1,
                            headers: (0, get_transformed_headers.u)(headers),
                            body: clientHttp2Stream
                        });
                        fulfilled = !0, (async arg => {
                            await writeRequestBodyPromise, _resolve(arg);
                        })({
                            response: httpResponse
                        }), useIsolatedSession && (session.close(), clientHttp2Stream.on("end", () => {
                            ref.destroy();
                        }));
                    }), clientHttp2Stream.on("close", () => {
                        if (useIsolatedSession ? ref.destroy() : this.connectionManager.release(requestContext, ref), 
                        !fulfilled) {
                            const error = new Error("Unexpected error: http2 request did not get a response");
                            session.destroyed && (error.name = "TimeoutError"), rejectWithDestroy(error);
                        }
                    }), writeRequestBodyPromise = (0, write_request_body.f)(clientHttp2Stream, request, effectiveRequestTimeout);
                });
            }
            updateHttpClientConfig(key, value) {
                this.config = void 0, this.configProvider = this.configProvider.then(config => (key === Symbol.for("@smithy/defaultSocketTimeout") && (key = "defaultSocketTimeout", 
                value = (0, resolve_default_socket_timeout.U)(config) ?? value), {
                    ...config,
                    [key]: value
                }));
            }
            httpHandlerConfigs() {
                return this.config ?? {};
            }
        }
        var serde = __webpack_require__(2430);
    }
};