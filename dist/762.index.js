export const id = 762;

export const ids = [ 762 ];

export const modules = {
    9762: (__unused_webpack_module, exports, __webpack_require__) => {
        const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin} = __webpack_require__(5152), {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402), {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658), {Command: $Command} = __webpack_require__(2658), {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291), {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085), {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422), {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609), {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890), {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, AwsSdkSigV4Signer: AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523), {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430), {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(5383), {AwsRestJsonProtocol: AwsRestJsonProtocol} = __webpack_require__(7288), {Sha256: Sha256} = __webpack_require__(9542), defaultSigninHttpAuthSchemeParametersProvider = async (config, context, input) => ({
            operation: getSmithyContext(context).operation,
            region: await normalizeProvider(config.region)() || (() => {
                throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
            })()
        }), defaultSigninHttpAuthSchemeProvider = authParameters => {
            const options = [];
            return "CreateOAuth2Token" === authParameters.operation ? options.push({
                schemeId: "smithy.api#noAuth"
            }) : options.push(function(authParameters) {
                return {
                    schemeId: "aws.auth#sigv4",
                    signingProperties: {
                        name: "signin",
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
        const s = "ref", a = -1, b = !1, c = !0, d = "isSet", e = "booleanEquals", f = "coalesce", g = "PartitionResult", h = "stringEquals", i = "getAttr", j = "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}", k = {
            [s]: "Endpoint"
        }, l = {
            fn: i,
            argv: [ {
                [s]: g
            }, "name" ]
        }, m = {
            [s]: "Region"
        }, n = {
            [s]: g
        }, o = {
            authSchemes: [ {
                name: "sigv4",
                signingName: "signin",
                signingRegion: "{Region}"
            } ]
        }, p = {}, q = [ m ], _data = {
            conditions: [ [ d, q ], [ e, [ {
                fn: f,
                argv: [ {
                    [s]: "IsControlPlane"
                }, b ]
            }, c ] ], [ d, [ k ] ], [ "aws.partition", q, g ], [ e, [ {
                [s]: "UseFIPS"
            }, c ] ], [ h, [ l, "aws" ] ], [ e, [ {
                fn: f,
                argv: [ {
                    [s]: "IsOAuthEndpoint"
                }, b ]
            }, c ] ], [ e, [ {
                [s]: "UseDualStack"
            }, c ] ], [ h, [ l, "aws-cn" ] ], [ h, [ m, "us-gov-west-1" ] ], [ h, [ l, "aws-us-gov" ] ], [ e, [ {
                fn: i,
                argv: [ n, "supportsFIPS" ]
            }, c ] ], [ h, [ l, "aws-iso" ] ], [ h, [ l, "aws-iso-b" ] ], [ h, [ l, "aws-iso-f" ] ], [ h, [ l, "aws-iso-e" ] ], [ h, [ l, "aws-eusc" ] ], [ e, [ {
                fn: i,
                argv: [ n, "supportsDualStack" ]
            }, c ] ] ],
            results: [ [ a ], [ "https://signin.{Region}.api.aws", o ], [ "https://signin.{Region}.api.amazonwebservices.com.cn", o ], [ j, o ], [ a, "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation." ], [ "https://{Region}.oauth.signin.aws", o ], [ "https://{Region}.signin.aws.amazon.com", p ], [ "https://{Region}.signin.amazonaws.cn", p ], [ "https://{Region}.signin.amazonaws-us-gov.com", p ], [ "https://{Region}.signin.c2shome.ic.gov", p ], [ "https://{Region}.signin.sc2shome.sgov.gov", p ], [ "https://{Region}.signin.csphome.hci.ic.gov", p ], [ "https://{Region}.signin.csphome.adc-e.uk", p ], [ "https://{Region}.signin.amazonaws-eusc.eu", p ], [ "https://signin-fips.amazonaws-us-gov.com", p ], [ "https://{Region}.signin-fips.amazonaws-us-gov.com", p ], [ "https://{Region}.signin.{PartitionResult#dnsSuffix}", p ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ k, p ], [ "https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", p ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://signin-fips.{Region}.{PartitionResult#dnsSuffix}", p ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ j, p ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://signin.{Region}.{PartitionResult#dnsSuffix}", p ], [ a, "Invalid Configuration: Missing Region" ] ]
        }, r = 1e8, nodes = new Int32Array([ -1, 1, -1, 0, 6, 3, 2, 36, 4, 4, 5, r + 27, 6, r + 4, r + 27, 1, 29, 7, 2, 36, 8, 3, 9, 31, 4, 22, 10, 5, 19, 11, 7, 21, 12, 8, r + 7, 13, 10, r + 8, 14, 12, r + 9, 15, 13, r + 10, 16, 14, r + 11, 17, 15, r + 12, 18, 16, r + 13, r + 16, 6, r + 5, 20, 7, 21, r + 6, 17, r + 24, r + 25, 6, r + 4, 23, 7, 27, 24, 9, r + 14, 25, 10, r + 15, 26, 11, r + 22, r + 23, 11, 28, r + 21, 17, r + 20, r + 21, 2, 35, 30, 3, 39, 31, 4, 32, r + 27, 6, r + 4, 33, 7, r + 27, 34, 9, r + 14, r + 27, 3, 39, 36, 4, 38, 37, 7, r + 18, r + 19, 6, r + 4, r + 17, 5, r + 1, 40, 8, r + 2, r + 3 ]), bdd = BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results), cache = new EndpointCache({
            size: 50,
            params: [ "Endpoint", "IsControlPlane", "IsOAuthEndpoint", "Region", "UseDualStack", "UseFIPS" ]
        }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
            endpointParams: endpointParams,
            logger: context.logger
        }));
        customEndpointFunctions.aws = awsEndpointFunctions;
        class SigninServiceException extends ServiceException {
            static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";
            constructor(options) {
                super(options), Object.setPrototypeOf(this, SigninServiceException.prototype);
            }
        }
        class AccessDeniedException extends SigninServiceException {
            static shapeId="com.amazonaws.signin#AccessDeniedException";
            name="AccessDeniedException";
            $fault="client";
            error;
            constructor(opts) {
                super({
                    name: "AccessDeniedException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, AccessDeniedException.prototype), this.error = opts.error;
            }
        }
        class InternalServerException extends SigninServiceException {
            static shapeId="com.amazonaws.signin#InternalServerException";
            name="InternalServerException";
            $fault="server";
            error;
            constructor(opts) {
                super({
                    name: "InternalServerException",
                    $fault: "server",
                    ...opts
                }), Object.setPrototypeOf(this, InternalServerException.prototype), this.error = opts.error;
            }
        }
        class TooManyRequestsError extends SigninServiceException {
            static shapeId="com.amazonaws.signin#TooManyRequestsError";
            name="TooManyRequestsError";
            $fault="client";
            error;
            constructor(opts) {
                super({
                    name: "TooManyRequestsError",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, TooManyRequestsError.prototype), this.error = opts.error;
            }
        }
        class ValidationException extends SigninServiceException {
            static shapeId="com.amazonaws.signin#ValidationException";
            name="ValidationException";
            $fault="client";
            error;
            constructor(opts) {
                super({
                    name: "ValidationException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, ValidationException.prototype), this.error = opts.error;
            }
        }
        const _aT = "accessToken", _c = "client", _cV = "codeVerifier", _e = "error", _eI = "expiresIn", _gT = "grantType", _h = "http", _hE = "httpError", _jN = "jsonName", _m = "message", _rT = "refreshToken", _rU = "redirectUri", _s = "smithy.ts.sdk.synthetic.com.amazonaws.signin", _sAK = "secretAccessKey", _sT = "sessionToken", _tT = "tokenType", n0 = "com.amazonaws.signin", _s_registry = new TypeRegistry(_s);
        var SigninServiceException$ = [ -3, _s, "SigninServiceException", 0, [], [] ];
        _s_registry.registerError(SigninServiceException$, SigninServiceException);
        const n0_registry = new TypeRegistry(n0);
        var AccessDeniedException$ = [ -3, n0, "AccessDeniedException", {
            [_e]: _c
        }, [ _e, _m ], [ 0, 0 ], 2 ];
        n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
        var InternalServerException$ = [ -3, n0, "InternalServerException", {
            [_e]: "server",
            [_hE]: 500
        }, [ _e, _m ], [ 0, 0 ], 2 ];
        n0_registry.registerError(InternalServerException$, InternalServerException);
        var TooManyRequestsError$ = [ -3, n0, "TooManyRequestsError", {
            [_e]: _c,
            [_hE]: 429
        }, [ _e, _m ], [ 0, 0 ], 2 ];
        n0_registry.registerError(TooManyRequestsError$, TooManyRequestsError);
        var ValidationException$ = [ -3, n0, "ValidationException", {
            [_e]: _c,
            [_hE]: 400
        }, [ _e, _m ], [ 0, 0 ], 2 ];
        n0_registry.registerError(ValidationException$, ValidationException);
        const errorTypeRegistries = [ _s_registry, n0_registry ];
        var OAuthAccessToken = [ 0, n0, "OAuthAccessToken", 8, 0 ], RefreshToken = [ 0, n0, "RefreshToken", 8, 0 ], AccessToken$ = [ 3, n0, "AccessToken", 8, [ "accessKeyId", _sAK, _sT ], [ [ 0, {
            [_jN]: "accessKeyId"
        } ], [ 0, {
            [_jN]: _sAK
        } ], [ 0, {
            [_jN]: _sT
        } ] ], 3 ], CreateOAuth2TokenRequest$ = [ 3, n0, "CreateOAuth2TokenRequest", 0, [ "tokenInput" ], [ [ () => CreateOAuth2TokenRequestBody$, 16 ] ], 1 ], CreateOAuth2TokenRequestBody$ = [ 3, n0, "CreateOAuth2TokenRequestBody", 0, [ "clientId", _gT, "code", _rU, _cV, _rT ], [ [ 0, {
            [_jN]: "clientId"
        } ], [ 0, {
            [_jN]: _gT
        } ], 0, [ 0, {
            [_jN]: _rU
        } ], [ 0, {
            [_jN]: _cV
        } ], [ () => RefreshToken, {
            [_jN]: _rT
        } ] ], 2 ], CreateOAuth2TokenResponse$ = [ 3, n0, "CreateOAuth2TokenResponse", 0, [ "tokenOutput" ], [ [ () => CreateOAuth2TokenResponseBody$, 16 ] ], 1 ], CreateOAuth2TokenResponseBody$ = [ 3, n0, "CreateOAuth2TokenResponseBody", 0, [ _aT, _tT, _eI, _rT, "idToken" ], [ [ () => AccessToken$, {
            [_jN]: _aT
        } ], [ 0, {
            [_jN]: _tT
        } ], [ 1, {
            [_jN]: _eI
        } ], [ () => RefreshToken, {
            [_jN]: _rT
        } ], [ 0, {
            [_jN]: "idToken"
        } ] ], 4 ], CreateOAuth2TokenWithIAMRequest$ = [ 3, n0, "CreateOAuth2TokenWithIAMRequest", 0, [ _gT, "resource" ], [ [ 0, {
            [_jN]: "grant_type"
        } ], 0 ], 2 ], CreateOAuth2TokenWithIAMResponse$ = [ 3, n0, "CreateOAuth2TokenWithIAMResponse", 0, [ _aT, _tT, _eI ], [ [ () => OAuthAccessToken, {
            [_jN]: "access_token"
        } ], [ 0, {
            [_jN]: "token_type"
        } ], [ 1, {
            [_jN]: "expires_in"
        } ] ], 3 ], CreateOAuth2Token$ = [ 9, n0, "CreateOAuth2Token", {
            [_h]: [ "POST", "/v1/token", 200 ]
        }, () => CreateOAuth2TokenRequest$, () => CreateOAuth2TokenResponse$ ], CreateOAuth2TokenWithIAM$ = [ 9, n0, "CreateOAuth2TokenWithIAM", {
            [_h]: [ "POST", "/v1/token?x-amz-client-auth-method=iam", 200 ]
        }, () => CreateOAuth2TokenWithIAMRequest$, () => CreateOAuth2TokenWithIAMResponse$ ];
        class SigninClient extends Client {
            config;
            constructor(...[configuration]) {
                const _config_0 = (config => {
                    emitWarningIfUnsupportedVersion(process.version);
                    const defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = (config => ({
                        apiVersion: "2023-01-01",
                        base64Decoder: config?.base64Decoder ?? fromBase64,
                        base64Encoder: config?.base64Encoder ?? toBase64,
                        disableHostPrefix: config?.disableHostPrefix ?? !1,
                        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
                        extensions: config?.extensions ?? [],
                        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSigninHttpAuthSchemeProvider,
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
                            defaultNamespace: "com.amazonaws.signin",
                            errorTypeRegistries: errorTypeRegistries,
                            version: "2023-01-01",
                            serviceTarget: "Signin"
                        },
                        serviceId: config?.serviceId ?? "Signin",
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
                    defaultSigningName: "signin"
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
                    httpAuthSchemeParametersProvider: defaultSigninHttpAuthSchemeParametersProvider,
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
        }, "Signin", "SigninClient", getEndpointPlugin), _ep0 = {
            IsControlPlane: {
                type: "staticContextParams",
                value: !1
            }
        }, _ep1 = {
            IsOAuthEndpoint: {
                type: "staticContextParams",
                value: !0
            }
        }, _mw0 = (Command, cs, config, o) => [];
        class CreateOAuth2TokenCommand extends(command(_ep0, _mw0, "CreateOAuth2Token", CreateOAuth2Token$)){}
        class CreateOAuth2TokenWithIAMCommand extends(command(_ep1, _mw0, "CreateOAuth2TokenWithIAM", CreateOAuth2TokenWithIAM$)){}
        const commands = {
            CreateOAuth2TokenCommand: CreateOAuth2TokenCommand,
            CreateOAuth2TokenWithIAMCommand: CreateOAuth2TokenWithIAMCommand
        };
        createAggregatedClient(commands, class extends SigninClient {}), exports.CreateOAuth2TokenCommand = CreateOAuth2TokenCommand, 
        exports.SigninClient = SigninClient;
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