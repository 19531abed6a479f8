export const id = 834;

export const ids = [ 834 ];

export const modules = {
    1726: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            k: () => SageMakerClient
        });
        var client = __webpack_require__(5152), dist_cjs = __webpack_require__(402), submodules_client = __webpack_require__(2658), submodules_config = __webpack_require__(7291), endpoints = __webpack_require__(2085), protocols = __webpack_require__(3422), retry = __webpack_require__(3609), schema = __webpack_require__(6890), httpAuthSchemes = __webpack_require__(7523);
        const defaultSageMakerHttpAuthSchemeParametersProvider = async (config, context, input) => ({
            operation: (0, submodules_client.getSmithyContext)(context).operation,
            region: await (0, submodules_client.normalizeProvider)(config.region)() || (() => {
                throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
            })()
        }), defaultSageMakerHttpAuthSchemeProvider = authParameters => {
            const options = [];
            return authParameters.operation, options.push(function(authParameters) {
                return {
                    schemeId: "aws.auth#sigv4",
                    signingProperties: {
                        name: "sagemaker",
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
        var EndpointParameters = __webpack_require__(9776);
        var fromEnv = __webpack_require__(3099);
        let multipleCredentialSourceWarningEmitted = !1;
        const defaultProvider = (init = {}) => function(providers, treatAsExpired) {
            const chain = (providers => async awsIdentityProperties => {
                let lastProviderError;
                for (const provider of providers) try {
                    return await provider(awsIdentityProperties);
                } catch (err) {
                    if (lastProviderError = err, err?.tryNextLink) continue;
                    throw err;
                }
                throw lastProviderError;
            })(providers);
            let activeLock, passiveLock, credentials, forceRefreshLock;
            const provider = async options => {
                if (options?.forceRefresh) return forceRefreshLock || (forceRefreshLock = chain(options).then(c => {
                    credentials = c;
                }).finally(() => {
                    forceRefreshLock = void 0;
                })), await forceRefreshLock, credentials;
                if (credentials?.expiration && credentials?.expiration?.getTime() < Date.now() && (credentials = void 0), 
                activeLock) await activeLock; else if (!credentials || treatAsExpired?.(credentials)) {
                    if (!credentials) return activeLock = chain(options).then(c => {
                        credentials = c;
                    }).finally(() => {
                        activeLock = void 0;
                    }), provider(options);
                    passiveLock || (passiveLock = chain(options).then(c => {
                        credentials = c;
                    }).catch(() => {}).finally(() => {
                        passiveLock = void 0;
                    }));
                }
                return credentials;
            };
            return provider;
        }([ async () => {
            if (init.profile ?? process.env[submodules_config.ENV_PROFILE]) throw process.env[fromEnv.yG] && process.env[fromEnv.pi] && !multipleCredentialSourceWarningEmitted && ((init.logger?.warn && "NoOpLogger" !== init.logger?.constructor?.name ? init.logger.warn.bind(init.logger) : console.warn)("@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:\n    Multiple credential sources detected: \n    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.\n    This SDK will proceed with the AWS_PROFILE value.\n    \n    However, a future version may change this behavior to prefer the ENV static credentials.\n    Please ensure that your environment only sets either the AWS_PROFILE or the\n    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.\n"), 
            multipleCredentialSourceWarningEmitted = !0), new submodules_config.CredentialsProviderError("AWS_PROFILE is set, skipping fromEnv provider.", {
                logger: init.logger,
                tryNextLink: !0
            });
            return init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromEnv"), 
            (0, fromEnv.sF)(init)();
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");
            const {ssoStartUrl: ssoStartUrl, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoSession: ssoSession} = init;
            if (!(ssoStartUrl || ssoAccountId || ssoRegion || ssoRoleName || ssoSession)) throw new submodules_config.CredentialsProviderError("Skipping SSO provider in default chain (inputs do not include SSO fields).", {
                logger: init.logger
            });
            const {fromSSO: fromSSO} = await __webpack_require__.e(895).then(__webpack_require__.bind(__webpack_require__, 8895));
            return fromSSO(init)(awsIdentityProperties);
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromIni");
            const {fromIni: fromIni} = await __webpack_require__.e(236).then(__webpack_require__.bind(__webpack_require__, 6236));
            return fromIni(init)(awsIdentityProperties);
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromProcess");
            const {fromProcess: fromProcess} = await __webpack_require__.e(575).then(__webpack_require__.bind(__webpack_require__, 3575));
            return fromProcess(init)(awsIdentityProperties);
        }, async awsIdentityProperties => {
            init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile");
            const {fromTokenFile: fromTokenFile} = await __webpack_require__.e(715).then(__webpack_require__.bind(__webpack_require__, 8715));
            return fromTokenFile(init)(awsIdentityProperties);
        }, async () => (init.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::remoteProvider"), 
        (await (async init => {
            const {ENV_CMDS_FULL_URI: ENV_CMDS_FULL_URI, ENV_CMDS_RELATIVE_URI: ENV_CMDS_RELATIVE_URI, fromContainerMetadata: fromContainerMetadata, fromInstanceMetadata: fromInstanceMetadata} = await __webpack_require__.e(966).then(__webpack_require__.bind(__webpack_require__, 4966));
            if (process.env[ENV_CMDS_RELATIVE_URI] || process.env[ENV_CMDS_FULL_URI]) {
                init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");
                const {fromHttp: fromHttp} = await __webpack_require__.e(459).then(__webpack_require__.bind(__webpack_require__, 7459));
                return (0, submodules_config.chain)(fromHttp(init), fromContainerMetadata(init));
            }
            return process.env.AWS_EC2_METADATA_DISABLED && "false" !== process.env.AWS_EC2_METADATA_DISABLED ? async () => {
                throw new submodules_config.CredentialsProviderError("EC2 Instance Metadata Service access disabled", {
                    logger: init.logger
                });
            } : (init.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"), 
            fromInstanceMetadata(init));
        })(init))()), async () => {
            throw new submodules_config.CredentialsProviderError("Could not load credentials from any providers", {
                tryNextLink: !1,
                logger: init.logger
            });
        } ], credentialsTreatedAsExpired), credentialsTreatedAsExpired = credentials => void 0 !== credentials?.expiration && credentials.expiration.getTime() - Date.now() < 3e5;
        var serde = __webpack_require__(2430), node_http_handler = __webpack_require__(3291), submodules_protocols = __webpack_require__(7288), checksum = __webpack_require__(9542);
        const m = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = "stringEquals", h = {
            [m]: "Endpoint"
        }, i = {
            [m]: d
        }, j = {
            fn: f,
            argv: [ i, "name" ]
        }, k = {}, l = [ {
            [m]: "Region"
        } ], _data = {
            conditions: [ [ c, [ h ] ], [ c, l ], [ "aws.partition", l, d ], [ e, [ {
                [m]: "UseFIPS"
            }, b ] ], [ e, [ {
                [m]: "UseDualStack"
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ i, "supportsDualStack" ]
            }, b ] ], [ e, [ {
                fn: f,
                argv: [ i, "supportsFIPS" ]
            }, b ] ], [ g, [ j, "aws" ] ], [ g, [ j, "aws-us-gov" ] ] ],
            results: [ [ a ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ h, k ], [ "https://api.sagemaker-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://api-fips.sagemaker.{Region}.amazonaws.com", k ], [ "https://api.sagemaker-fips.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://api.sagemaker.{Region}.{PartitionResult#dualStackDnsSuffix}", k ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ "https://api.sagemaker.{Region}.{PartitionResult#dnsSuffix}", k ], [ a, "Invalid Configuration: Missing Region" ] ]
        }, r = 1e8, nodes = new Int32Array([ -1, 1, -1, 0, 14, 3, 1, 4, r + 12, 2, 5, r + 12, 3, 8, 6, 4, 7, r + 11, 5, r + 9, r + 10, 4, 12, 9, 6, 10, r + 8, 7, r + 6, 11, 8, r + 6, r + 7, 5, 13, r + 5, 6, r + 4, r + 5, 3, r + 1, 15, 4, r + 2, r + 3 ]), bdd = endpoints.BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results), cache = new endpoints.EndpointCache({
            size: 50,
            params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS" ]
        }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => (0, 
        endpoints.decideEndpoint)(bdd, {
            endpointParams: endpointParams,
            logger: context.logger
        }));
        endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;
        var schemas_0 = __webpack_require__(1268);
        class SageMakerClient extends submodules_client.Client {
            config;
            constructor(...[configuration]) {
                const _config_0 = (config => {
                    (0, submodules_client.emitWarningIfUnsupportedVersion)(process.version);
                    const defaultsMode = (0, submodules_config.resolveDefaultsModeConfig)(config), defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode), clientSharedValues = (config => ({
                        apiVersion: "2017-07-24",
                        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
                        base64Encoder: config?.base64Encoder ?? serde.toBase64,
                        disableHostPrefix: config?.disableHostPrefix ?? !1,
                        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
                        extensions: config?.extensions ?? [],
                        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSageMakerHttpAuthSchemeProvider,
                        httpAuthSchemes: config?.httpAuthSchemes ?? [ {
                            schemeId: "aws.auth#sigv4",
                            identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
                            signer: new httpAuthSchemes.AwsSdkSigV4Signer
                        } ],
                        logger: config?.logger ?? new submodules_client.NoOpLogger,
                        protocol: config?.protocol ?? submodules_protocols.AwsJson1_1Protocol,
                        protocolSettings: config?.protocolSettings ?? {
                            defaultNamespace: "com.amazonaws.sagemaker",
                            errorTypeRegistries: schemas_0.q1U,
                            xmlNamespace: "http://sagemaker.amazonaws.com/doc/2017-05-13/",
                            version: "2017-07-24",
                            serviceTarget: "SageMaker"
                        },
                        serviceId: config?.serviceId ?? "SageMaker",
                        sha256: config?.sha256 ?? checksum.Sha256,
                        urlParser: config?.urlParser ?? protocols.parseUrl,
                        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
                        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8
                    }))(config);
                    (0, client.emitWarningIfUnsupportedVersion)(process.version);
                    const loaderConfig = {
                        profile: config?.profile,
                        logger: clientSharedValues.logger
                    };
                    return {
                        ...clientSharedValues,
                        ...config,
                        runtime: "node",
                        defaultsMode: defaultsMode,
                        authSchemePreference: config?.authSchemePreference ?? (0, submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
                        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
                        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
                        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client.createDefaultUserAgentProvider)({
                            serviceId: clientSharedValues.serviceId,
                            clientVersion: "3.1142.0"
                        }),
                        maxAttempts: config?.maxAttempts ?? (0, submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
                        region: config?.region ?? (0, submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, {
                            ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS,
                            ...loaderConfig
                        }),
                        requestHandler: node_http_handler.$.create(config?.requestHandler ?? defaultConfigProvider),
                        retryMode: config?.retryMode ?? (0, submodules_config.loadConfig)({
                            ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                            default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE
                        }, config),
                        streamCollector: config?.streamCollector ?? serde.streamCollector,
                        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                        useFipsEndpoint: config?.useFipsEndpoint ?? (0, submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
                        userAgentAppId: config?.userAgentAppId ?? (0, submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
                    };
                })(configuration || {});
                super(_config_0), this.initConfig = _config_0;
                const _config_1 = (0, EndpointParameters.v)(_config_0), _config_2 = (0, client.resolveUserAgentConfig)(_config_1), _config_3 = (0, 
                retry.resolveRetryConfig)(_config_2), _config_4 = (0, submodules_config.resolveRegionConfig)(_config_3), _config_5 = (0, 
                client.resolveHostHeaderConfig)(_config_4), _config_8 = ((runtimeConfig, extensions) => {
                    const extensionConfiguration = Object.assign((0, client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0, 
                    submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0, protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), (runtimeConfig => {
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
                    Object.assign(runtimeConfig, (0, client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0, 
                    submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0, protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), {
                        httpAuthSchemes: (config = extensionConfiguration).httpAuthSchemes(),
                        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
                        credentials: config.credentials()
                    });
                    var config;
                })((config => {
                    const config_0 = (0, httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
                    return Object.assign(config_0, {
                        authSchemePreference: (0, submodules_client.normalizeProvider)(config.authSchemePreference ?? [])
                    });
                })((0, endpoints.resolveEndpointConfig)(_config_5)), configuration?.extensions || []);
                this.config = _config_8, this.middlewareStack.use((0, schema.getSchemaSerdePlugin)(this.config)), 
                this.middlewareStack.use((0, client.getUserAgentPlugin)(this.config)), this.middlewareStack.use((0, 
                retry.getRetryPlugin)(this.config)), this.middlewareStack.use((0, protocols.getContentLengthPlugin)(this.config)), 
                this.middlewareStack.use((0, client.getHostHeaderPlugin)(this.config)), this.middlewareStack.use((0, 
                client.getLoggerPlugin)(this.config)), this.middlewareStack.use((0, client.getRecursionDetectionPlugin)(this.config)), 
                this.middlewareStack.use((0, dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
                    httpAuthSchemeParametersProvider: defaultSageMakerHttpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: async config => new dist_cjs.DefaultIdentityProviderConfig({
                        "aws.auth#sigv4": config.credentials
                    })
                })), this.middlewareStack.use((0, dist_cjs.getHttpSigningPlugin)(this.config));
            }
            destroy() {
                super.destroy();
            }
        }
    },
    2319: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            G5: () => command,
            lq: () => _ep0,
            yt: () => _mw0
        });
        var _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2658), _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2085), _endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9776);
        const command = (0, _smithy_core_client__WEBPACK_IMPORTED_MODULE_0__.makeBuilder)(_endpoint_EndpointParameters__WEBPACK_IMPORTED_MODULE_1__.S, "SageMaker", "SageMakerClient", _smithy_core_endpoints__WEBPACK_IMPORTED_MODULE_2__.getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [];
    },
    6326: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            T: () => CreateImageCommand
        });
        var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2319), _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
        class CreateImageCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "CreateImage", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.gao)){}
    },
    7994: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            P: () => CreateImageVersionCommand
        });
        var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2319), _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
        class CreateImageVersionCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "CreateImageVersion", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.y7i)){}
    },
    4155: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            y: () => DescribeImageCommand
        });
        var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2319), _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
        class DescribeImageCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeImage", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.dz0)){}
    },
    9625: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            s: () => DescribeImageVersionCommand
        });
        var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2319), _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
        class DescribeImageVersionCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "DescribeImageVersion", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.nDS)){}
    },
    3353: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            a: () => ListImageVersionsCommand
        });
        var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2319), _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
        class ListImageVersionsCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "ListImageVersions", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.VC1)){}
    },
    8381: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            q: () => UpdateImageVersionCommand
        });
        var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2319), _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
        class UpdateImageVersionCommand extends((0, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__.lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__.yt, "UpdateImageVersion", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__.V86)){}
    },
    9776: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            S: () => commonParams,
            v: () => resolveClientEndpointParameters
        });
        const resolveClientEndpointParameters = options => Object.assign(options, {
            useDualstackEndpoint: options.useDualstackEndpoint ?? !1,
            useFipsEndpoint: options.useFipsEndpoint ?? !1,
            defaultSigningName: "sagemaker"
        }), commonParams = {
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
        };
    },
    1268: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            gao: () => CreateImage$,
            y7i: () => CreateImageVersion$,
            dz0: () => DescribeImage$,
            nDS: () => DescribeImageVersion$,
            VC1: () => ListImageVersions$,
            V86: () => UpdateImageVersion$,
            q1U: () => errorTypeRegistries
        });
        var schema = __webpack_require__(6890), client = __webpack_require__(2658);
        class SageMakerServiceException extends client.ServiceException {
            constructor(options) {
                super(options), Object.setPrototypeOf(this, SageMakerServiceException.prototype);
            }
        }
        class ResourceLimitExceeded extends SageMakerServiceException {
            name="ResourceLimitExceeded";
            $fault="client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceLimitExceeded",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, ResourceLimitExceeded.prototype), this.Message = opts.Message;
            }
        }
        class ResourceNotFound extends SageMakerServiceException {
            name="ResourceNotFound";
            $fault="client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceNotFound",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, ResourceNotFound.prototype), this.Message = opts.Message;
            }
        }
        class ConflictException extends SageMakerServiceException {
            name="ConflictException";
            $fault="client";
            Message;
            constructor(opts) {
                super({
                    name: "ConflictException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, ConflictException.prototype), this.Message = opts.Message;
            }
        }
        class ResourceInUse extends SageMakerServiceException {
            name="ResourceInUse";
            $fault="client";
            Message;
            constructor(opts) {
                super({
                    name: "ResourceInUse",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, ResourceInUse.prototype), this.Message = opts.Message;
            }
        }
        const _CT = "CreationTime", _D = "Description", _FR = "FailureReason", _H = "Horovod", _IAm = "ImageArn", _IN = "ImageName", _IVA = "ImageVersionArn", _IVS = "ImageVersionStatus", _IVm = "ImageVersions", _JT = "JobType", _LMT = "LastModifiedTime", _M = "Message", _MLF = "MLFramework", _PL = "ProgrammingLang", _Pro = "Processor", _RN = "ReleaseNotes", _V = "Version", _VG = "VendorGuidance", _c = "client", _e = "error", _s = "smithy.ts.sdk.synthetic.com.amazonaws.sagemaker", n0 = "com.amazonaws.sagemaker", _s_registry = new schema.TypeRegistry(_s);
        var SageMakerServiceException$ = [ -3, _s, "SageMakerServiceException", 0, [], [] ];
        _s_registry.registerError(SageMakerServiceException$, SageMakerServiceException);
        const n0_registry = new schema.TypeRegistry(n0);
        var ConflictException$ = [ -3, n0, "ConflictException", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        n0_registry.registerError(ConflictException$, ConflictException);
        var ResourceInUse$ = [ -3, n0, "ResourceInUse", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        n0_registry.registerError(ResourceInUse$, ResourceInUse);
        var ResourceLimitExceeded$ = [ -3, n0, "ResourceLimitExceeded", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        n0_registry.registerError(ResourceLimitExceeded$, ResourceLimitExceeded);
        var ResourceNotFound$ = [ -3, n0, "ResourceNotFound", {
            [_e]: _c
        }, [ _M ], [ 0 ] ];
        n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
        const errorTypeRegistries = [ _s_registry, n0_registry ];
        var CreateImageRequest$ = [ 3, n0, "CreateImageRequest", 0, [ _IN, "RoleArn", _D, "DisplayName", "Tags" ], [ 0, 0, 0, 0, () => TagList ], 2 ], CreateImageResponse$ = [ 3, n0, "CreateImageResponse", 0, [ _IAm ], [ 0 ] ], CreateImageVersionRequest$ = [ 3, n0, "CreateImageVersionRequest", 0, [ "BaseImage", _IN, "ClientToken", "Aliases", _VG, _JT, _MLF, _PL, _Pro, _H, _RN ], [ 0, 0, [ 0, 4 ], 64, 0, 0, 0, 0, 0, 2, 0 ], 2 ], CreateImageVersionResponse$ = [ 3, n0, "CreateImageVersionResponse", 0, [ _IVA ], [ 0 ] ], DescribeImageRequest$ = [ 3, n0, "DescribeImageRequest", 0, [ _IN ], [ 0 ], 1 ], DescribeImageResponse$ = [ 3, n0, "DescribeImageResponse", 0, [ _CT, _D, "DisplayName", _FR, _IAm, _IN, "ImageStatus", _LMT, "RoleArn" ], [ 4, 0, 0, 0, 0, 0, 0, 4, 0 ] ], DescribeImageVersionRequest$ = [ 3, n0, "DescribeImageVersionRequest", 0, [ _IN, _V, "Alias" ], [ 0, 1, 0 ], 1 ], DescribeImageVersionResponse$ = [ 3, n0, "DescribeImageVersionResponse", 0, [ "BaseImage", "ContainerImage", _CT, _FR, _IAm, _IVA, _IVS, _LMT, _V, _VG, _JT, _MLF, _PL, _Pro, _H, _RN ], [ 0, 0, 4, 0, 0, 0, 0, 4, 1, 0, 0, 0, 0, 0, 2, 0 ] ], ImageVersion$ = [ 3, n0, "ImageVersion", 0, [ _CT, _IAm, _IVA, _IVS, _LMT, _V, _FR ], [ 4, 0, 0, 0, 4, 1, 0 ], 6 ], ListImageVersionsRequest$ = [ 3, n0, "ListImageVersionsRequest", 0, [ _IN, "CreationTimeAfter", "CreationTimeBefore", "LastModifiedTimeAfter", "LastModifiedTimeBefore", "MaxResults", "NextToken", "SortBy", "SortOrder" ], [ 0, 4, 4, 4, 4, 1, 0, 0, 0 ], 1 ], ListImageVersionsResponse$ = [ 3, n0, "ListImageVersionsResponse", 0, [ _IVm, "NextToken" ], [ () => ImageVersions, 0 ] ], Tag$ = [ 3, n0, "Tag", 0, [ "Key", "Value" ], [ 0, 0 ], 2 ], UpdateImageVersionRequest$ = [ 3, n0, "UpdateImageVersionRequest", 0, [ _IN, "Alias", _V, "AliasesToAdd", "AliasesToDelete", _VG, _JT, _MLF, _PL, _Pro, _H, _RN ], [ 0, 0, 1, 64, 64, 0, 0, 0, 0, 0, 2, 0 ], 1 ], UpdateImageVersionResponse$ = [ 3, n0, "UpdateImageVersionResponse", 0, [ _IVA ], [ 0 ] ], ImageVersions = [ 1, n0, _IVm, 0, () => ImageVersion$ ], TagList = [ 1, n0, "TagList", 0, () => Tag$ ], CreateImage$ = [ 9, n0, "CreateImage", 0, () => CreateImageRequest$, () => CreateImageResponse$ ], CreateImageVersion$ = [ 9, n0, "CreateImageVersion", 0, () => CreateImageVersionRequest$, () => CreateImageVersionResponse$ ], DescribeImage$ = [ 9, n0, "DescribeImage", 0, () => DescribeImageRequest$, () => DescribeImageResponse$ ], DescribeImageVersion$ = [ 9, n0, "DescribeImageVersion", 0, () => DescribeImageVersionRequest$, () => DescribeImageVersionResponse$ ], ListImageVersions$ = [ 9, n0, "ListImageVersions", 0, () => ListImageVersionsRequest$, () => ListImageVersionsResponse$ ], UpdateImageVersion$ = [ 9, n0, "UpdateImageVersion", 0, () => UpdateImageVersionRequest$, () => UpdateImageVersionResponse$ ];
    },
    5152: (__unused_webpack_module, exports, __webpack_require__) => {
        const {HttpRequest: HttpRequest, parseUrl: parseUrl} = __webpack_require__(3422), {NoOpLogger: NoOpLogger} = __webpack_require__(2658), {InvokeStore: InvokeStore} = __webpack_require__(9320), {normalizeProvider: normalizeProvider} = __webpack_require__(402), {RETRY_MODES: RETRY_MODES} = __webpack_require__(3609), {platform: platform, release: release} = __webpack_require__(8161), {versions: versions, env: env} = __webpack_require__(1708), {isValidHostLabel: isValidHostLabel, isIpAddress: isIpAddress, customEndpointFunctions: customEndpointFunctions} = __webpack_require__(2085), {EndpointError: EndpointError, resolveEndpoint: resolveEndpoint} = __webpack_require__(2085);
        exports.EndpointError = EndpointError, exports.isIpAddress = isIpAddress, exports.resolveEndpoint = resolveEndpoint;
        const {loadConfig: loadConfig, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS} = __webpack_require__(7291), {REGION_ENV_NAME: REGION_ENV_NAME, REGION_INI_NAME: REGION_INI_NAME, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291);
        exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS, exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS, 
        exports.REGION_ENV_NAME = REGION_ENV_NAME, exports.REGION_INI_NAME = REGION_INI_NAME, 
        exports.resolveRegionConfig = resolveRegionConfig;
        const state = {
            warningEmitted: !1
        }, longPollMiddlewareOptions = {
            name: "longPollMiddleware",
            tags: [ "RETRY" ],
            step: "initialize",
            override: !0
        };
        function setFeature(context, feature, value) {
            context.__aws_sdk_context ? context.__aws_sdk_context.features || (context.__aws_sdk_context.features = {}) : context.__aws_sdk_context = {
                features: {}
            }, context.__aws_sdk_context.features[feature] = value;
        }
        const hostHeaderMiddleware = options => next => async args => {
            if (!HttpRequest.isInstance(args.request)) return next(args);
            const {request: request} = args, {handlerProtocol: handlerProtocol = ""} = options.requestHandler.metadata || {};
            if (handlerProtocol.indexOf("h2") >= 0 && !request.headers[":authority"]) delete request.headers.host, 
            request.headers[":authority"] = request.hostname + (request.port ? ":" + request.port : ""); else if (!request.headers.host) {
                let host = request.hostname;
                null != request.port && (host += `:${request.port}`), request.headers.host = host;
            }
            return next(args);
        }, hostHeaderMiddlewareOptions = {
            name: "hostHeaderMiddleware",
            step: "build",
            priority: "low",
            tags: [ "HOST" ],
            override: !0
        }, loggerMiddleware = () => (next, context) => async args => {
            try {
                const response = await next(args), {logger: logger} = context;
                if (logger && !(logger instanceof NoOpLogger)) {
                    const {clientName: clientName, commandName: commandName, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context, {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog, overrideOutputFilterSensitiveLog: overrideOutputFilterSensitiveLog} = dynamoDbDocumentClientOptions, inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog, outputFilterSensitiveLog = overrideOutputFilterSensitiveLog ?? context.outputFilterSensitiveLog, {$metadata: $metadata, ...outputWithoutMetadata} = response.output;
                    logger.info?.({
                        clientName: clientName,
                        commandName: commandName,
                        input: inputFilterSensitiveLog(args.input),
                        output: outputFilterSensitiveLog(outputWithoutMetadata),
                        metadata: $metadata
                    });
                }
                return response;
            } catch (error) {
                const {clientName: clientName, commandName: commandName, logger: logger, dynamoDbDocumentClientOptions: dynamoDbDocumentClientOptions = {}} = context, {overrideInputFilterSensitiveLog: overrideInputFilterSensitiveLog} = dynamoDbDocumentClientOptions, inputFilterSensitiveLog = overrideInputFilterSensitiveLog ?? context.inputFilterSensitiveLog;
                throw logger?.error?.({
                    clientName: clientName,
                    commandName: commandName,
                    input: inputFilterSensitiveLog(args.input),
                    error: error,
                    metadata: error.$metadata
                }), error;
            }
        }, loggerMiddlewareOptions = {
            name: "loggerMiddleware",
            tags: [ "LOGGER" ],
            step: "initialize",
            override: !0
        }, recursionDetectionMiddlewareOptions = {
            step: "build",
            tags: [ "RECURSION_DETECTION", "TRACE_CONTEXT_PROPAGATION" ],
            name: "recursionDetectionMiddleware",
            override: !0,
            priority: "low"
        }, recursionDetectionMiddleware = () => next => async args => {
            const {request: request} = args;
            if (!HttpRequest.isInstance(request)) return next(args);
            let invokeStore;
            {
                const traceIdHeader = Object.keys(request.headers ?? {}).find(h => h.toLowerCase() === "X-Amzn-Trace-Id".toLowerCase()) ?? "X-Amzn-Trace-Id";
                if (!request.headers.hasOwnProperty(traceIdHeader)) {
                    const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME, traceIdFromEnv = process.env._X_AMZN_TRACE_ID;
                    invokeStore ??= await InvokeStore.getInstanceAsync();
                    const traceIdFromInvokeStore = invokeStore?.getXRayTraceId(), traceId = traceIdFromInvokeStore ?? traceIdFromEnv, nonEmptyString = str => "string" == typeof str && str.length > 0;
                    nonEmptyString(functionName) && nonEmptyString(traceId) && (request.headers["X-Amzn-Trace-Id"] = traceId);
                }
            }
            if (function(headers) {
                for (const header of Object.keys(headers)) {
                    const lower = header.toLowerCase();
                    header === lower || "traceparent" !== lower && "tracestate" !== lower && "baggage" !== lower || (headers[lower] = headers[header], 
                    delete headers[header]);
                }
            }(request.headers), !request.headers.traceparent) {
                const traceparent = (invokeStore ??= await InvokeStore.getInstanceAsync())?.getTraceparent?.();
                if (traceparent) {
                    request.headers.traceparent = traceparent;
                    const tracestate = invokeStore?.getTracestate?.();
                    tracestate && (request.headers.tracestate = tracestate);
                    const baggage = invokeStore?.getBaggage?.();
                    baggage && (request.headers.baggage = baggage);
                }
            }
            return next(args);
        }, partitionsInfo = {
            partitions: [ {
                id: "aws",
                outputs: {
                    dnsSuffix: "amazonaws.com",
                    dualStackDnsSuffix: "api.aws",
                    implicitGlobalRegion: "us-east-1",
                    name: "aws",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",
                regions: {
                    "af-south-1": {
                        description: "Africa (Cape Town)"
                    },
                    "ap-east-1": {
                        description: "Asia Pacific (Hong Kong)"
                    },
                    "ap-east-2": {
                        description: "Asia Pacific (Taipei)"
                    },
                    "ap-northeast-1": {
                        description: "Asia Pacific (Tokyo)"
                    },
                    "ap-northeast-2": {
                        description: "Asia Pacific (Seoul)"
                    },
                    "ap-northeast-3": {
                        description: "Asia Pacific (Osaka)"
                    },
                    "ap-south-1": {
                        description: "Asia Pacific (Mumbai)"
                    },
                    "ap-south-2": {
                        description: "Asia Pacific (Hyderabad)"
                    },
                    "ap-southeast-1": {
                        description: "Asia Pacific (Singapore)"
                    },
                    "ap-southeast-2": {
                        description: "Asia Pacific (Sydney)"
                    },
                    "ap-southeast-3": {
                        description: "Asia Pacific (Jakarta)"
                    },
                    "ap-southeast-4": {
                        description: "Asia Pacific (Melbourne)"
                    },
                    "ap-southeast-5": {
                        description: "Asia Pacific (Malaysia)"
                    },
                    "ap-southeast-6": {
                        description: "Asia Pacific (New Zealand)"
                    },
                    "ap-southeast-7": {
                        description: "Asia Pacific (Thailand)"
                    },
                    "aws-global": {
                        description: "aws global region"
                    },
                    "ca-central-1": {
                        description: "Canada (Central)"
                    },
                    "ca-west-1": {
                        description: "Canada West (Calgary)"
                    },
                    "eu-central-1": {
                        description: "Europe (Frankfurt)"
                    },
                    "eu-central-2": {
                        description: "Europe (Zurich)"
                    },
                    "eu-north-1": {
                        description: "Europe (Stockholm)"
                    },
                    "eu-south-1": {
                        description: "Europe (Milan)"
                    },
                    "eu-south-2": {
                        description: "Europe (Spain)"
                    },
                    "eu-west-1": {
                        description: "Europe (Ireland)"
                    },
                    "eu-west-2": {
                        description: "Europe (London)"
                    },
                    "eu-west-3": {
                        description: "Europe (Paris)"
                    },
                    "il-central-1": {
                        description: "Israel (Tel Aviv)"
                    },
                    "me-central-1": {
                        description: "Middle East (UAE)"
                    },
                    "me-south-1": {
                        description: "Middle East (Bahrain)"
                    },
                    "me-west-1": {
                        description: "Middle East (Saudi Arabia)"
                    },
                    "mx-central-1": {
                        description: "Mexico (Central)"
                    },
                    "sa-east-1": {
                        description: "South America (Sao Paulo)"
                    },
                    "sa-west-1": {
                        description: "South America (Chile)"
                    },
                    "us-east-1": {
                        description: "US East (N. Virginia)"
                    },
                    "us-east-2": {
                        description: "US East (Ohio)"
                    },
                    "us-west-1": {
                        description: "US West (N. California)"
                    },
                    "us-west-2": {
                        description: "US West (Oregon)"
                    }
                }
            }, {
                id: "aws-cn",
                outputs: {
                    dnsSuffix: "amazonaws.com.cn",
                    dualStackDnsSuffix: "api.amazonwebservices.com.cn",
                    implicitGlobalRegion: "cn-northwest-1",
                    name: "aws-cn",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^cn\\-\\w+\\-\\d+$",
                regions: {
                    "aws-cn-global": {
                        description: "aws-cn global region"
                    },
                    "cn-north-1": {
                        description: "China (Beijing)"
                    },
                    "cn-northwest-1": {
                        description: "China (Ningxia)"
                    }
                }
            }, {
                id: "aws-eusc",
                outputs: {
                    dnsSuffix: "amazonaws.eu",
                    dualStackDnsSuffix: "api.amazonwebservices.eu",
                    implicitGlobalRegion: "eusc-de-east-1",
                    name: "aws-eusc",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^eusc\\-(de)\\-\\w+\\-\\d+$",
                regions: {
                    "eusc-de-east-1": {
                        description: "AWS European Sovereign Cloud (Germany)"
                    }
                }
            }, {
                id: "aws-iso",
                outputs: {
                    dnsSuffix: "c2s.ic.gov",
                    dualStackDnsSuffix: "api.aws.ic.gov",
                    implicitGlobalRegion: "us-iso-east-1",
                    name: "aws-iso",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^us\\-iso\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-global": {
                        description: "aws-iso global region"
                    },
                    "us-iso-east-1": {
                        description: "US ISO East"
                    },
                    "us-iso-west-1": {
                        description: "US ISO WEST"
                    }
                }
            }, {
                id: "aws-iso-b",
                outputs: {
                    dnsSuffix: "sc2s.sgov.gov",
                    dualStackDnsSuffix: "api.aws.scloud",
                    implicitGlobalRegion: "us-isob-east-1",
                    name: "aws-iso-b",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^us\\-isob\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-b-global": {
                        description: "aws-iso-b global region"
                    },
                    "us-isob-east-1": {
                        description: "US ISOB East (Ohio)"
                    },
                    "us-isob-west-1": {
                        description: "US ISOB West"
                    }
                }
            }, {
                id: "aws-iso-e",
                outputs: {
                    dnsSuffix: "cloud.adc-e.uk",
                    dualStackDnsSuffix: "api.cloud-aws.adc-e.uk",
                    implicitGlobalRegion: "eu-isoe-west-1",
                    name: "aws-iso-e",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^eu\\-isoe\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-e-global": {
                        description: "aws-iso-e global region"
                    },
                    "eu-isoe-west-1": {
                        description: "EU ISOE West"
                    }
                }
            }, {
                id: "aws-iso-f",
                outputs: {
                    dnsSuffix: "csp.hci.ic.gov",
                    dualStackDnsSuffix: "api.aws.hci.ic.gov",
                    implicitGlobalRegion: "us-isof-south-1",
                    name: "aws-iso-f",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^us\\-isof\\-\\w+\\-\\d+$",
                regions: {
                    "aws-iso-f-global": {
                        description: "aws-iso-f global region"
                    },
                    "us-isof-east-1": {
                        description: "US ISOF EAST"
                    },
                    "us-isof-south-1": {
                        description: "US ISOF SOUTH"
                    }
                }
            }, {
                id: "aws-us-gov",
                outputs: {
                    dnsSuffix: "amazonaws.com",
                    dualStackDnsSuffix: "api.aws",
                    implicitGlobalRegion: "us-gov-west-1",
                    name: "aws-us-gov",
                    supportsDualStack: !0,
                    supportsFIPS: !0
                },
                regionRegex: "^us\\-gov\\-\\w+\\-\\d+$",
                regions: {
                    "aws-us-gov-global": {
                        description: "aws-us-gov global region"
                    },
                    "us-gov-east-1": {
                        description: "AWS GovCloud (US-East)"
                    },
                    "us-gov-west-1": {
                        description: "AWS GovCloud (US-West)"
                    }
                }
            } ],
            version: "1.1"
        };
        let selectedPartitionsInfo = partitionsInfo, selectedUserAgentPrefix = "";
        const partition = value => {
            const {partitions: partitions} = selectedPartitionsInfo;
            for (const partition of partitions) {
                const {regions: regions, outputs: outputs} = partition;
                for (const [region, regionData] of Object.entries(regions)) if (region === value) return {
                    ...outputs,
                    ...regionData
                };
            }
            for (const partition of partitions) {
                const {regionRegex: regionRegex, outputs: outputs} = partition;
                if (new RegExp(regionRegex).test(value)) return {
                    ...outputs
                };
            }
            const DEFAULT_PARTITION = partitions.find(partition => "aws" === partition.id);
            if (!DEFAULT_PARTITION) throw new Error("Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");
            return {
                ...DEFAULT_PARTITION.outputs
            };
        }, setPartitionInfo = (partitionsInfo, userAgentPrefix = "") => {
            selectedPartitionsInfo = partitionsInfo, selectedUserAgentPrefix = userAgentPrefix;
        }, getUserAgentPrefix = () => selectedUserAgentPrefix, ACCOUNT_ID_ENDPOINT_REGEX = /\d{12}\.ddb/, UA_NAME_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w]/g, UA_VALUE_ESCAPE_REGEX = /[^!$%&'*+\-.^_`|~\w#]/g, userAgentMiddleware = options => (next, context) => async args => {
            const {request: request} = args;
            if (!HttpRequest.isInstance(request)) return next(args);
            const {headers: headers} = request, userAgent = context?.userAgent?.map(escapeUserAgent) || [], defaultUserAgent = (await options.defaultUserAgentProvider()).map(escapeUserAgent);
            await async function(context, config, args) {
                const request = args.request;
                if ("rpc-v2-cbor" === request?.headers?.["smithy-protocol"] && setFeature(context, "PROTOCOL_RPC_V2_CBOR", "M"), 
                "function" == typeof config.retryStrategy) {
                    const retryStrategy = await config.retryStrategy();
                    if ("string" == typeof retryStrategy.mode) switch (retryStrategy.mode) {
                      case RETRY_MODES.ADAPTIVE:
                        setFeature(context, "RETRY_MODE_ADAPTIVE", "F");
                        break;

                      case RETRY_MODES.STANDARD:
                        setFeature(context, "RETRY_MODE_STANDARD", "E");
                    }
                }
                if ("function" == typeof config.accountIdEndpointMode) {
                    const endpointV2 = context.endpointV2;
                    switch (String(endpointV2?.url?.hostname).match(ACCOUNT_ID_ENDPOINT_REGEX) && setFeature(context, "ACCOUNT_ID_ENDPOINT", "O"), 
                    await (config.accountIdEndpointMode?.())) {
                      case "disabled":
                        setFeature(context, "ACCOUNT_ID_MODE_DISABLED", "Q");
                        break;

                      case "preferred":
                        setFeature(context, "ACCOUNT_ID_MODE_PREFERRED", "P");
                        break;

                      case "required":
                        setFeature(context, "ACCOUNT_ID_MODE_REQUIRED", "R");
                    }
                }
                const identity = context.__smithy_context?.selectedHttpAuthScheme?.identity;
                if (identity?.$source) {
                    const credentials = identity;
                    credentials.accountId && setFeature(context, "RESOLVED_ACCOUNT_ID", "T");
                    for (const [key, value] of Object.entries(credentials.$source ?? {})) setFeature(context, key, value);
                }
            }(context, options, args);
            const awsContext = context;
            defaultUserAgent.push(`m/${function(features) {
                let buffer = "";
                for (const key in features) {
                    const val = features[key];
                    if (!(buffer.length + val.length + 1 <= 1024)) break;
                    buffer.length ? buffer += "," + val : buffer += val;
                }
                return buffer;
            }(Object.assign({}, context.__smithy_context?.features, awsContext.__aws_sdk_context?.features))}`);
            const customUserAgent = options?.customUserAgent?.map(escapeUserAgent) || [], appId = await options.userAgentAppId();
            appId && defaultUserAgent.push(escapeUserAgent([ "app", `${appId}` ]));
            const prefix = getUserAgentPrefix(), sdkUserAgentValue = (prefix ? [ prefix ] : []).concat([ ...defaultUserAgent, ...userAgent, ...customUserAgent ]).join(" "), normalUAValue = [ ...defaultUserAgent.filter(section => section.startsWith("aws-sdk-")), ...customUserAgent ].join(" ");
            return "browser" !== options.runtime ? (normalUAValue && (headers["x-amz-user-agent"] = headers["x-amz-user-agent"] ? `${headers["user-agent"]} ${normalUAValue}` : normalUAValue), 
            headers["user-agent"] = sdkUserAgentValue) : headers["x-amz-user-agent"] = sdkUserAgentValue, 
            next({
                ...args,
                request: request
            });
        }, escapeUserAgent = userAgentPair => {
            const name = userAgentPair[0].split("/").map(part => part.replace(UA_NAME_ESCAPE_REGEX, "-")).join("/"), version = userAgentPair[1]?.replace(UA_VALUE_ESCAPE_REGEX, "-"), prefixSeparatorIndex = name.indexOf("/"), prefix = name.substring(0, prefixSeparatorIndex);
            let uaName = name.substring(prefixSeparatorIndex + 1);
            return "api" === prefix && (uaName = uaName.toLowerCase()), [ prefix, uaName, version ].filter(item => item && item.length > 0).reduce((acc, item, index) => {
                switch (index) {
                  case 0:
                    return item;

                  case 1:
                    return `${acc}/${item}`;

                  default:
                    return `${acc}#${item}`;
                }
            }, "");
        }, getUserAgentMiddlewareOptions = {
            name: "getUserAgentMiddleware",
            step: "build",
            priority: "low",
            tags: [ "SET_USER_AGENT", "USER_AGENT" ],
            override: !0
        }, crtAvailability = {
            isCrtAvailable: !1
        }, createDefaultUserAgentProvider = ({serviceId: serviceId, clientVersion: clientVersion}) => {
            const runtimeUserAgentPair = (() => {
                const runtimesToCheck = [ "deno", "bun", "llrt" ];
                for (const runtime of runtimesToCheck) if (versions[runtime]) return [ `md/${runtime}`, versions[runtime] ];
                return [ "md/nodejs", versions.node ];
            })();
            return async config => {
                const sections = [ [ "aws-sdk-js", clientVersion ], [ "ua", "2.1" ], [ `os/${platform()}`, release() ], [ "lang/js" ], runtimeUserAgentPair ], crtAvailable = crtAvailability.isCrtAvailable ? [ "md/crt-avail" ] : null;
                crtAvailable && sections.push(crtAvailable), serviceId && sections.push([ `api/${serviceId}`, clientVersion ]), 
                env.AWS_EXECUTION_ENV && sections.push([ `exec-env/${env.AWS_EXECUTION_ENV}` ]);
                const appId = await (config?.userAgentAppId?.());
                return appId ? [ ...sections, [ `app/${appId}` ] ] : [ ...sections ];
            };
        }, defaultUserAgent = createDefaultUserAgentProvider, isVirtualHostableS3Bucket = (value, allowSubDomains = !1) => {
            if (allowSubDomains) {
                for (const label of value.split(".")) if (!isVirtualHostableS3Bucket(label)) return !1;
                return !0;
            }
            return !(!isValidHostLabel(value) || value.length < 3 || value.length > 63 || value !== value.toLowerCase() || isIpAddress(value));
        }, parseArn = value => {
            const segments = value.split(":");
            if (segments.length < 6) return null;
            const [arn, partition, service, region, accountId, ...resourcePath] = segments;
            return "arn" !== arn || "" === partition || "" === service || "" === resourcePath.join(":") ? null : {
                partition: partition,
                service: service,
                region: region,
                accountId: accountId,
                resourceId: resourcePath.map(resource => resource.split("/")).flat()
            };
        }, awsEndpointFunctions = {
            isVirtualHostableS3Bucket: isVirtualHostableS3Bucket,
            parseArn: parseArn,
            partition: partition
        };
        customEndpointFunctions.aws = awsEndpointFunctions;
        const toEndpointV1 = endpoint => parseUrl(endpoint.url), warning = {
            silence: !1
        };
        exports.DEFAULT_UA_APP_ID = void 0, exports.NODE_APP_ID_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env.AWS_SDK_UA_APP_ID,
            configFileSelector: profile => profile.sdk_ua_app_id ?? profile["sdk-ua-app-id"],
            default: void 0
        }, exports.UA_APP_ID_ENV_NAME = "AWS_SDK_UA_APP_ID", exports.UA_APP_ID_INI_NAME = "sdk_ua_app_id", 
        exports.awsEndpointFunctions = awsEndpointFunctions, exports.createDefaultUserAgentProvider = createDefaultUserAgentProvider, 
        exports.createUserAgentStringParsingProvider = ({serviceId: serviceId, clientVersion: clientVersion}) => async config => {
            const module = __webpack_require__(9449), parse = module.parse ?? module.default.parse ?? (() => ""), parsedUA = "undefined" != typeof window && window?.navigator?.userAgent ? parse(window.navigator.userAgent) : void 0, sections = [ [ "aws-sdk-js", clientVersion ], [ "ua", "2.1" ], [ `os/${parsedUA?.os?.name || "other"}`, parsedUA?.os?.version ], [ "lang/js" ], [ "md/browser", `${parsedUA?.browser?.name ?? "unknown"}_${parsedUA?.browser?.version ?? "unknown"}` ] ];
            serviceId && sections.push([ `api/${serviceId}`, clientVersion ]);
            const appId = await (config?.userAgentAppId?.());
            return appId && sections.push([ `app/${appId}` ]), sections;
        }, exports.crtAvailability = crtAvailability, exports.defaultUserAgent = defaultUserAgent, 
        exports.emitWarningIfUnsupportedVersion = version => {
            if (version && !state.warningEmitted) {
                if ("true" === process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED) return void (state.warningEmitted = !0);
                const vv = 22;
                parseInt(version.substring(1, version.indexOf("."))) < vv && (state.warningEmitted = !0, 
                process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=${vv}. You are running node ${version}.\n\nTo continue receiving updates to AWS services, bug fixes,\nand security updates please upgrade to node >=${vv}.\n\nMore information can be found at: https://a.co/c895JFp`));
            }
        }, exports.fallback = {
            os: ua => /iPhone|iPad|iPod/.test(ua) ? "iOS" : /Macintosh|Mac OS X/.test(ua) ? "macOS" : /Windows NT/.test(ua) ? "Windows" : /Android/.test(ua) ? "Android" : /Linux/.test(ua) ? "Linux" : void 0,
            browser: ua => /EdgiOS|EdgA|Edg\//.test(ua) ? "Microsoft Edge" : /Firefox\//.test(ua) ? "Firefox" : /Chrome\//.test(ua) ? "Chrome" : /Safari\//.test(ua) ? "Safari" : void 0
        }, exports.getAwsRegionExtensionConfiguration = runtimeConfig => ({
            setRegion(region) {
                runtimeConfig.region = region;
            },
            region: () => runtimeConfig.region
        }), exports.getDefaultSocketTimeout = (requestHandler, timeoutMs) => {
            if ("object" == typeof process && "true" === process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 && "function" != typeof requestHandler?.handle) return timeoutMs;
        }, exports.getHostHeaderPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(hostHeaderMiddleware(options), hostHeaderMiddlewareOptions);
            }
        }), exports.getLoggerPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(loggerMiddleware(), loggerMiddlewareOptions);
            }
        }), exports.getLongPollPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add((next, context) => async args => (context.__retryLongPoll = !0, 
                next(args)), longPollMiddlewareOptions);
            }
        }), exports.getRecursionDetectionPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(recursionDetectionMiddleware(), recursionDetectionMiddlewareOptions);
            }
        }), exports.getUserAgentMiddlewareOptions = getUserAgentMiddlewareOptions, exports.getUserAgentPlugin = config => ({
            applyToStack: clientStack => {
                clientStack.add(userAgentMiddleware(config), getUserAgentMiddlewareOptions);
            }
        }), exports.getUserAgentPrefix = getUserAgentPrefix, exports.hostHeaderMiddleware = hostHeaderMiddleware, 
        exports.hostHeaderMiddlewareOptions = hostHeaderMiddlewareOptions, exports.isVirtualHostableS3Bucket = isVirtualHostableS3Bucket, 
        exports.loggerMiddleware = loggerMiddleware, exports.loggerMiddlewareOptions = loggerMiddlewareOptions, 
        exports.parseArn = parseArn, exports.partition = partition, exports.recursionDetectionMiddleware = recursionDetectionMiddleware, 
        exports.recursionDetectionMiddlewareOptions = recursionDetectionMiddlewareOptions, 
        exports.resolveAwsRegionExtensionConfiguration = awsRegionExtensionConfiguration => ({
            region: awsRegionExtensionConfiguration.region()
        }), exports.resolveDefaultAwsRegionalEndpointsConfig = input => {
            if ("function" != typeof input.endpointProvider) throw new Error("@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.");
            const {endpoint: endpoint} = input;
            return void 0 === endpoint && (input.endpoint = async () => toEndpointV1(input.endpointProvider({
                Region: "function" == typeof input.region ? await input.region() : input.region,
                UseDualStack: "function" == typeof input.useDualstackEndpoint ? await input.useDualstackEndpoint() : input.useDualstackEndpoint,
                UseFIPS: "function" == typeof input.useFipsEndpoint ? await input.useFipsEndpoint() : input.useFipsEndpoint,
                Endpoint: void 0
            }, {
                logger: input.logger
            }))), input;
        }, exports.resolveHostHeaderConfig = function(input) {
            return input;
        }, exports.resolveUserAgentConfig = function(input) {
            const normalizedAppIdProvider = normalizeProvider(input.userAgentAppId ?? void 0), {customUserAgent: customUserAgent} = input;
            return Object.assign(input, {
                customUserAgent: "string" == typeof customUserAgent ? [ [ customUserAgent ] ] : customUserAgent,
                userAgentAppId: async () => {
                    const appId = await normalizedAppIdProvider();
                    if (!function(appId) {
                        return void 0 === appId || "string" == typeof appId && appId.length <= 50;
                    }(appId)) {
                        const logger = "NoOpLogger" !== input.logger?.constructor?.name && input.logger ? input.logger : console;
                        "string" != typeof appId ? logger?.warn("userAgentAppId must be a string or undefined.") : appId.length > 50 && logger?.warn("The provided userAgentAppId exceeds the maximum length of 50 characters.");
                    }
                    return appId;
                }
            });
        }, exports.setCredentialFeature = function(credentials, feature, value) {
            return credentials.$source || (credentials.$source = {}), credentials.$source[feature] = value, 
            credentials;
        }, exports.setFeature = setFeature, exports.setPartitionInfo = setPartitionInfo, 
        exports.setTokenFeature = function(token, feature, value) {
            return token.$source || (token.$source = {}), token.$source[feature] = value, token;
        }, exports.state = state, exports.stsRegionDefaultResolver = function(loaderConfig = {}) {
            return loadConfig({
                ...NODE_REGION_CONFIG_OPTIONS,
                default: async () => (warning.silence || console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly."), 
                "us-east-1")
            }, {
                ...NODE_REGION_CONFIG_FILE_OPTIONS,
                ...loaderConfig
            });
        }, exports.stsRegionWarning = warning, exports.toEndpointV1 = toEndpointV1, exports.useDefaultPartitionInfo = () => {
            setPartitionInfo(partitionsInfo, "");
        }, exports.userAgentMiddleware = userAgentMiddleware;
    },
    7523: (__unused_webpack_module, exports, __webpack_require__) => {
        const {ProviderError: ProviderError, booleanSelector: booleanSelector, SelectorType: SelectorType, loadConfig: loadConfig} = __webpack_require__(7291), {setCredentialFeature: setCredentialFeature} = __webpack_require__(5152), {normalizeProvider: normalizeProvider, memoizeIdentityProvider: memoizeIdentityProvider, isIdentityExpired: isIdentityExpired, doesIdentityRequireRefresh: doesIdentityRequireRefresh} = __webpack_require__(402), {SignatureV4: SignatureV4} = __webpack_require__(8736), {HttpResponse: HttpResponse, HttpRequest: HttpRequest} = __webpack_require__(3422), {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __webpack_require__(5662), getDateHeader = response => HttpResponse.isInstance(response) ? response.headers?.date ?? response.headers?.Date : void 0, getAgeHeader = response => HttpResponse.isInstance(response) ? response.headers?.age ?? response.headers?.Age : void 0, getSkewCorrectedDate = systemClockOffset => new Date(Date.now() + systemClockOffset), getUpdatedSystemClockOffset = (clockTime, currentSystemClockOffset, timeRequestSent, ageHeader) => {
            if (void 0 !== ageHeader) return currentSystemClockOffset;
            const serverTime = Date.parse(clockTime);
            if (Number.isNaN(serverTime)) return currentSystemClockOffset;
            const timeResponseReceived = Date.now();
            return void 0 !== timeRequestSent && timeResponseReceived - timeRequestSent > 9e5 ? currentSystemClockOffset : serverTime - timeResponseReceived;
        }, throwSigningPropertyError = (name, property) => {
            if (!property) throw new Error(`Property \`${name}\` is not resolved for AWS SDK SigV4Auth`);
            return property;
        }, validateSigningProperties = async signingProperties => {
            const context = throwSigningPropertyError("context", signingProperties.context), config = throwSigningPropertyError("config", signingProperties.config), authScheme = context.endpointV2?.properties?.authSchemes?.[0], signerFunction = throwSigningPropertyError("signer", config.signer), signer = await signerFunction(authScheme), signingRegion = signingProperties?.signingRegion, signingRegionSet = signingProperties?.signingRegionSet, signingName = signingProperties?.signingName;
            return {
                config: config,
                signer: signer,
                signingRegion: signingRegion,
                signingRegionSet: signingRegionSet,
                signingName: signingName
            };
        };
        class AwsSdkSigV4Signer {
            async sign(httpRequest, identity, signingProperties) {
                if (!HttpRequest.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
                const validatedProps = await validateSigningProperties(signingProperties), {config: config, signer: signer} = validatedProps;
                let {signingRegion: signingRegion, signingName: signingName} = validatedProps;
                const handlerExecutionContext = signingProperties.context;
                if (handlerExecutionContext?.authSchemes?.length) {
                    const [first, second] = handlerExecutionContext.authSchemes;
                    "sigv4a" === first?.name && "sigv4" === second?.name && (signingRegion = second?.signingRegion ?? signingRegion, 
                    signingName = second?.signingName ?? signingName);
                }
                const noSkewCorrection = !0 === await (config.disableClockSkewCorrection?.());
                signingProperties._disableClockSkewCorrection = noSkewCorrection;
                const skipSkewSampling = noSkewCorrection || (signingProperties => {
                    const context = signingProperties.context, eventStream = context?.[SMITHY_CONTEXT_KEY]?.eventStream;
                    return !0 === eventStream?.output;
                })(signingProperties);
                return signingProperties._skipClockSkewSampling = skipSkewSampling, skipSkewSampling || (signingProperties._preRequestSystemClockOffset = config.systemClockOffset, 
                signingProperties._requestSentAt = Date.now()), await signer.sign(httpRequest, {
                    signingDate: noSkewCorrection ? new Date : getSkewCorrectedDate(config.systemClockOffset),
                    signingRegion: signingRegion,
                    signingService: signingName
                });
            }
            errorHandler(signingProperties) {
                return error => {
                    const errorException = error;
                    if (!signingProperties._skipClockSkewSampling && !signingProperties._disableClockSkewCorrection) {
                        const serverTime = errorException.ServerTime ?? getDateHeader(errorException.$response);
                        if (serverTime) {
                            const config = throwSigningPropertyError("config", signingProperties.config), preRequestOffset = signingProperties._preRequestSystemClockOffset, timeRequestSent = signingProperties._requestSentAt, ageHeader = getAgeHeader(errorException.$response), newOffset = getUpdatedSystemClockOffset(serverTime, config.systemClockOffset, timeRequestSent, ageHeader);
                            config.systemClockOffset = newOffset, Math.abs(newOffset) >= 24e4 && (newOffset !== preRequestOffset || void 0 !== preRequestOffset && preRequestOffset !== newOffset) && errorException.$metadata && (errorException.$metadata.clockSkewCorrected = !0);
                        }
                    }
                    throw error;
                };
            }
            successHandler(httpResponse, signingProperties) {
                if (signingProperties._skipClockSkewSampling || signingProperties._disableClockSkewCorrection) return;
                const dateHeader = getDateHeader(httpResponse);
                if (dateHeader) {
                    const config = throwSigningPropertyError("config", signingProperties.config), timeRequestSent = signingProperties._requestSentAt, ageHeader = getAgeHeader(httpResponse);
                    config.systemClockOffset = getUpdatedSystemClockOffset(dateHeader, config.systemClockOffset, timeRequestSent, ageHeader);
                }
            }
        }
        const AWSSDKSigV4Signer = AwsSdkSigV4Signer, getArrayForCommaSeparatedString = str => "string" == typeof str && str.length > 0 ? str.split(",").map(item => item.trim()) : [], getBearerTokenEnvKey = signingName => `AWS_BEARER_TOKEN_${signingName.replace(/[\s-]/g, "_").toUpperCase()}`, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = {
            environmentVariableSelector: (env, options) => options?.signingName && getBearerTokenEnvKey(options.signingName) in env ? [ "httpBearerAuth" ] : "AWS_AUTH_SCHEME_PREFERENCE" in env ? getArrayForCommaSeparatedString(env.AWS_AUTH_SCHEME_PREFERENCE) : void 0,
            configFileSelector: profile => {
                if ("auth_scheme_preference" in profile) return getArrayForCommaSeparatedString(profile.auth_scheme_preference);
            },
            default: []
        }, NODE_SIGV4A_CONFIG_OPTIONS = {
            environmentVariableSelector(env) {
                if (env.AWS_SIGV4A_SIGNING_REGION_SET) return env.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(_ => _.trim());
                throw new ProviderError("AWS_SIGV4A_SIGNING_REGION_SET not set in env.", {
                    tryNextLink: !0
                });
            },
            configFileSelector(profile) {
                if (profile.sigv4a_signing_region_set) return (profile.sigv4a_signing_region_set ?? "").split(",").map(_ => _.trim());
                throw new ProviderError("sigv4a_signing_region_set not set in profile.", {
                    tryNextLink: !0
                });
            },
            default: void 0
        }, DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION = loadConfig({
            environmentVariableSelector: env => booleanSelector(env, "AWS_DISABLE_CLOCK_SKEW_CORRECTION", SelectorType.ENV),
            configFileSelector: profile => booleanSelector(profile, "disable_clock_skew_correction", SelectorType.CONFIG),
            default: !1
        }), resolveAwsSdkSigV4Config = (defaultDisableClockSkewCorrection = DEFAULT_DISABLE_CLOCK_SKEW_CORRECTION, 
        config => {
            let resolvedCredentials, inputCredentials = config.credentials, isUserSupplied = !!config.credentials;
            Object.defineProperty(config, "credentials", {
                set(credentials) {
                    credentials && credentials !== inputCredentials && credentials !== resolvedCredentials && (isUserSupplied = !0), 
                    inputCredentials = credentials;
                    const memoizedProvider = function(config, {credentials: credentials, credentialDefaultProvider: credentialDefaultProvider}) {
                        let credentialsProvider;
                        return credentialsProvider = credentials ? credentials?.memoized ? credentials : memoizeIdentityProvider(credentials, isIdentityExpired, doesIdentityRequireRefresh) : credentialDefaultProvider ? normalizeProvider(credentialDefaultProvider(Object.assign({}, config, {
                            parentClientConfig: config
                        }))) : async () => {
                            throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.");
                        }, credentialsProvider.memoized = !0, credentialsProvider;
                    }(config, {
                        credentials: inputCredentials,
                        credentialDefaultProvider: config.credentialDefaultProvider
                    }), boundProvider = function(config, credentialsProvider) {
                        if (credentialsProvider.configBound) return credentialsProvider;
                        const fn = async options => credentialsProvider({
                            ...options,
                            callerClientConfig: config
                        });
                        return fn.memoized = credentialsProvider.memoized, fn.configBound = !0, fn;
                    }(config, memoizedProvider);
                    if (isUserSupplied && !boundProvider.attributed) {
                        const isCredentialObject = "object" == typeof inputCredentials && null !== inputCredentials;
                        resolvedCredentials = async options => {
                            const attributedCreds = await boundProvider(options);
                            return !isCredentialObject || attributedCreds.$source && 0 !== Object.keys(attributedCreds.$source).length ? attributedCreds : setCredentialFeature(attributedCreds, "CREDENTIALS_CODE", "e");
                        }, resolvedCredentials.memoized = boundProvider.memoized, resolvedCredentials.configBound = boundProvider.configBound, 
                        resolvedCredentials.attributed = !0;
                    } else resolvedCredentials = boundProvider;
                },
                get: () => resolvedCredentials,
                enumerable: !0,
                configurable: !0
            }), config.credentials = inputCredentials;
            const {signingEscapePath: signingEscapePath = !0, systemClockOffset: systemClockOffset = config.systemClockOffset || 0, sha256: sha256} = config;
            let signer;
            return signer = config.signer ? normalizeProvider(config.signer) : config.regionInfoProvider ? () => normalizeProvider(config.region)().then(async region => [ await config.regionInfoProvider(region, {
                useFipsEndpoint: await config.useFipsEndpoint(),
                useDualstackEndpoint: await config.useDualstackEndpoint()
            }) || {}, region ]).then(([regionInfo, region]) => {
                const {signingRegion: signingRegion, signingService: signingService} = regionInfo;
                config.signingRegion = config.signingRegion || signingRegion || region, config.signingName = config.signingName || signingService || config.serviceId;
                const params = {
                    ...config,
                    credentials: config.credentials,
                    region: config.signingRegion,
                    service: config.signingName,
                    sha256: sha256,
                    uriEscapePath: signingEscapePath
                };
                return new (config.signerConstructor || SignatureV4)(params);
            }) : async authScheme => {
                const signingRegion = (authScheme = Object.assign({}, {
                    name: "sigv4",
                    signingName: config.signingName || config.defaultSigningName,
                    signingRegion: await normalizeProvider(config.region)(),
                    properties: {}
                }, authScheme)).signingRegion, signingService = authScheme.signingName;
                config.signingRegion = config.signingRegion || signingRegion, config.signingName = config.signingName || signingService || config.serviceId;
                const params = {
                    ...config,
                    credentials: config.credentials,
                    region: config.signingRegion,
                    service: config.signingName,
                    sha256: sha256,
                    uriEscapePath: signingEscapePath
                };
                return new (config.signerConstructor || SignatureV4)(params);
            }, Object.assign(config, {
                systemClockOffset: systemClockOffset,
                signingEscapePath: signingEscapePath,
                signer: signer,
                disableClockSkewCorrection: normalizeProvider(config.disableClockSkewCorrection ?? defaultDisableClockSkewCorrection)
            });
        });
        var defaultDisableClockSkewCorrection;
        const resolveAWSSDKSigV4Config = resolveAwsSdkSigV4Config;
        exports.AWSSDKSigV4Signer = AWSSDKSigV4Signer, exports.AwsSdkSigV4ASigner = class extends AwsSdkSigV4Signer {
            async sign(httpRequest, identity, signingProperties) {
                if (!HttpRequest.isInstance(httpRequest)) throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");
                const {config: config, signer: signer, signingRegion: signingRegion, signingRegionSet: signingRegionSet, signingName: signingName} = await validateSigningProperties(signingProperties), multiRegionOverride = (await (config.sigv4aSigningRegionSet?.()) ?? signingRegionSet ?? [ signingRegion ]).join(","), noSkewCorrection = !0 === await (config.disableClockSkewCorrection?.());
                return signingProperties._disableClockSkewCorrection = noSkewCorrection, noSkewCorrection || (signingProperties._preRequestSystemClockOffset = config.systemClockOffset, 
                signingProperties._requestSentAt = Date.now()), await signer.sign(httpRequest, {
                    signingDate: noSkewCorrection ? new Date : getSkewCorrectedDate(config.systemClockOffset),
                    signingRegion: multiRegionOverride,
                    signingService: signingName
                });
            }
        }, exports.AwsSdkSigV4Signer = AwsSdkSigV4Signer, exports.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS = NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, 
        exports.NODE_SIGV4A_CONFIG_OPTIONS = NODE_SIGV4A_CONFIG_OPTIONS, exports.getBearerTokenEnvKey = getBearerTokenEnvKey, 
        exports.resolveAWSSDKSigV4Config = resolveAWSSDKSigV4Config, exports.resolveAwsSdkSigV4AConfig = config => (config.sigv4aSigningRegionSet = normalizeProvider(config.sigv4aSigningRegionSet), 
        config), exports.resolveAwsSdkSigV4Config = resolveAwsSdkSigV4Config, exports.validateSigningProperties = validateSigningProperties;
    },
    7288: (__unused_webpack_module, exports, __webpack_require__) => {
        const {SmithyRpcV2CborProtocol: SmithyRpcV2CborProtocol, loadSmithyRpcV2CborErrorCode: loadSmithyRpcV2CborErrorCode} = __webpack_require__(4645), {TypeRegistry: TypeRegistry, NormalizedSchema: NormalizedSchema, deref: deref} = __webpack_require__(6890), {decorateServiceException: decorateServiceException, getValueFromTextNode: getValueFromTextNode} = __webpack_require__(2658), {RpcProtocol: RpcProtocol, JsonCodec2: JsonCodec2, loadJsonRpcErrorCode: loadJsonRpcErrorCode, HttpBindingProtocol: HttpBindingProtocol, HttpInterceptingShapeSerializer: HttpInterceptingShapeSerializer, HttpInterceptingShapeDeserializer: HttpInterceptingShapeDeserializer, loadRestJsonErrorCode: loadRestJsonErrorCode, SmithyRpcV2JsonProtocol: SmithyRpcV2JsonProtocol, loadSmithyRpcV2JsonErrorCode: loadSmithyRpcV2JsonErrorCode, FromStringShapeDeserializer: FromStringShapeDeserializer, determineTimestampFormat: determineTimestampFormat, extendedEncodeURIComponent: extendedEncodeURIComponent, collectBody: collectBody} = __webpack_require__(3422), {JsonCodec: JsonCodec, JsonShapeDeserializer: JsonShapeDeserializer, JsonShapeDeserializer2: JsonShapeDeserializer2, JsonShapeSerializer: JsonShapeSerializer, JsonShapeSerializer2: JsonShapeSerializer2, parseJsonBody: parseJsonBody, parseJsonErrorBody: parseJsonErrorBody} = __webpack_require__(3422);
        exports.JsonCodec = JsonCodec, exports.JsonCodec2 = JsonCodec2, exports.JsonShapeDeserializer = JsonShapeDeserializer, 
        exports.JsonShapeDeserializer2 = JsonShapeDeserializer2, exports.JsonShapeSerializer = JsonShapeSerializer, 
        exports.JsonShapeSerializer2 = JsonShapeSerializer2, exports.loadJsonRpcErrorCode = loadJsonRpcErrorCode, 
        exports.loadRestJsonErrorCode = loadRestJsonErrorCode, exports.parseJsonBody = parseJsonBody, 
        exports.parseJsonErrorBody = parseJsonErrorBody;
        const {parseXML: parseXML, XmlNode: XmlNode, XmlText: XmlText} = __webpack_require__(7874), {toUtf8: toUtf8, toBase64: toBase64, generateIdempotencyToken: generateIdempotencyToken, NumericValue: NumericValue, dateToUtcString: dateToUtcString, fromBase64: fromBase64, expectUnion: expectUnion} = __webpack_require__(2430);
        class ProtocolLib {
            queryCompat;
            errorRegistry;
            constructor(queryCompat = !1) {
                this.queryCompat = queryCompat;
            }
            resolveRestContentType(defaultContentType, inputSchema) {
                const members = inputSchema.getMemberSchemas(), httpPayloadMember = Object.values(members).find(m => !!m.getMergedTraits().httpPayload);
                if (httpPayloadMember) {
                    return httpPayloadMember.getMergedTraits().mediaType || (httpPayloadMember.isStringSchema() ? "text/plain" : httpPayloadMember.isBlobSchema() ? "application/octet-stream" : defaultContentType);
                }
                if (!inputSchema.isUnitSchema() && Object.values(members).find(m => {
                    const {httpQuery: httpQuery, httpQueryParams: httpQueryParams, httpHeader: httpHeader, httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders} = m.getMergedTraits();
                    return !(httpQuery || httpQueryParams || httpHeader || httpLabel || void 0 !== httpPrefixHeaders);
                })) return defaultContentType;
            }
            async getErrorSchemaOrThrowBaseException(errorIdentifier, defaultNamespace, response, dataObject, metadata, getErrorSchema) {
                let errorName = errorIdentifier;
                errorIdentifier.includes("#") && ([, errorName] = errorIdentifier.split("#"));
                const errorMetadata = {
                    $metadata: metadata,
                    $fault: response.statusCode < 500 ? "client" : "server"
                };
                if (!this.errorRegistry) throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
                try {
                    return {
                        errorSchema: getErrorSchema?.(this.errorRegistry, errorName) ?? this.errorRegistry.getSchema(errorIdentifier),
                        errorMetadata: errorMetadata
                    };
                } catch (e) {
                    dataObject.message = dataObject.message ?? dataObject.Message ?? "UnknownError";
                    const synthetic = this.errorRegistry, baseExceptionSchema = synthetic.getBaseException();
                    if (baseExceptionSchema) {
                        const ErrorCtor = synthetic.getErrorCtor(baseExceptionSchema) ?? Error;
                        throw this.decorateServiceException(Object.assign(new ErrorCtor({
                            name: errorName
                        }), errorMetadata), dataObject);
                    }
                    const d = dataObject, message = d?.message ?? d?.Message ?? d?.Error?.Message ?? d?.Error?.message;
                    throw this.decorateServiceException(Object.assign(new Error(message), {
                        name: errorName
                    }, errorMetadata), dataObject);
                }
            }
            compose(composite, errorIdentifier, defaultNamespace) {
                let namespace = defaultNamespace;
                errorIdentifier.includes("#") && ([namespace] = errorIdentifier.split("#"));
                const staticRegistry = TypeRegistry.for(namespace), defaultSyntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + defaultNamespace);
                composite.copyFrom(staticRegistry), composite.copyFrom(defaultSyntheticRegistry), 
                this.errorRegistry = composite;
            }
            decorateServiceException(exception, additions = {}) {
                if (this.queryCompat) {
                    const msg = exception.Message ?? additions.Message, error = decorateServiceException(exception, additions);
                    msg && (error.message = msg);
                    const errorObj = error.Error ?? {};
                    errorObj.Type = error.Error?.Type, errorObj.Code = error.Error?.Code, errorObj.Message = error.Error?.message ?? error.Error?.Message ?? msg, 
                    error.Error = errorObj;
                    const reqId = error.$metadata.requestId;
                    return reqId && (error.RequestId = reqId), error;
                }
                return decorateServiceException(exception, additions);
            }
            setQueryCompatError(output, response) {
                const queryErrorHeader = response.headers?.["x-amzn-query-error"];
                if (void 0 !== output && null != queryErrorHeader) {
                    const [Code, Type] = queryErrorHeader.split(";"), keys = Object.keys(output), Error = {
                        Code: Code,
                        Type: Type
                    };
                    output.Code = Code, output.Type = Type;
                    for (let i = 0; i < keys.length; i++) {
                        const k = keys[i];
                        Error["message" === k ? "Message" : k] = output[k];
                    }
                    delete Error.__type, output.Error = Error;
                }
            }
            queryCompatOutput(queryCompatErrorData, errorData) {
                queryCompatErrorData.Error && (errorData.Error = queryCompatErrorData.Error), queryCompatErrorData.Type && (errorData.Type = queryCompatErrorData.Type), 
                queryCompatErrorData.Code && (errorData.Code = queryCompatErrorData.Code);
            }
            findQueryCompatibleError(registry, errorName) {
                try {
                    return registry.getSchema(errorName);
                } catch (e) {
                    return registry.find(schema => NormalizedSchema.of(schema).getMergedTraits().awsQueryError?.[0] === errorName);
                }
            }
        }
        class AwsJsonRpcProtocol extends RpcProtocol {
            serializer;
            deserializer;
            serviceTarget;
            codec;
            mixin;
            awsQueryCompatible;
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries
                }), this.serviceTarget = serviceTarget, this.codec = jsonCodec ?? new JsonCodec2({
                    timestampFormat: {
                        useTrait: !0,
                        default: 7
                    },
                    jsonName: !1
                }), this.serializer = this.codec.createSerializer(), this.deserializer = this.codec.createDeserializer(), 
                this.awsQueryCompatible = !!awsQueryCompatible, this.mixin = new ProtocolLib(this.awsQueryCompatible);
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context);
                return request.path.endsWith("/") || (request.path += "/"), request.headers["content-type"] = `application/x-amz-json-${this.getJsonRpcVersion()}`, 
                request.headers["x-amz-target"] = `${this.serviceTarget}.${operationSchema.name}`, 
                this.awsQueryCompatible && (request.headers["x-amzn-query-mode"] = "true"), "unit" !== deref(operationSchema.input) && request.body || (request.body = "{}"), 
                request;
            }
            getPayloadCodec() {
                return this.codec;
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                const {awsQueryCompatible: awsQueryCompatible} = this;
                awsQueryCompatible && this.mixin.setQueryCompatError(dataObject, response);
                const errorIdentifier = loadJsonRpcErrorCode(response, dataObject, awsQueryCompatible) ?? "Unknown";
                this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
                const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata, awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", exception = new (this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error)({}), output = {}, errorDeserializer = this.codec.createDeserializer();
                for (const [name, member] of ns.structIterator()) null != dataObject[name] && (output[name] = errorDeserializer.readObject(member, dataObject[name]));
                throw awsQueryCompatible && this.mixin.queryCompatOutput(dataObject, output), this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output), dataObject);
            }
        }
        class SerdeContextConfig {
            serdeContext;
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext;
            }
        }
        class UnionSerde {
            from;
            to;
            keys;
            constructor(from, to) {
                this.from = from, this.to = to;
                const keys = Object.keys(this.from), set = new Set(keys);
                set.delete("__type"), this.keys = set;
            }
            mark(key) {
                this.keys.delete(key);
            }
            hasUnknown() {
                return 1 === this.keys.size && 0 === Object.keys(this.to).length;
            }
            writeUnknown() {
                if (this.hasUnknown()) {
                    const k = this.keys.values().next().value, v = this.from[k];
                    this.to.$unknown = [ k, v ];
                }
            }
        }
        function writeKey(obj) {
            Object.defineProperty(obj, "__proto__", {
                value: void 0,
                writable: !0,
                enumerable: !0,
                configurable: !0
            });
        }
        class XmlShapeDeserializer extends SerdeContextConfig {
            settings;
            stringDeserializer;
            constructor(settings) {
                super(), this.settings = settings, this.stringDeserializer = new FromStringShapeDeserializer(settings);
            }
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext, this.stringDeserializer.setSerdeContext(serdeContext);
            }
            read(schema, bytes, key) {
                const ns = NormalizedSchema.of(schema), memberSchemas = ns.getMemberSchemas();
                if (ns.isStructSchema() && ns.isMemberSchema() && Object.values(memberSchemas).find(memberNs => !!memberNs.getMemberTraits().eventPayload)) {
                    const output = {}, memberName = Object.keys(memberSchemas)[0];
                    return memberSchemas[memberName].isBlobSchema() ? output[memberName] = bytes : output[memberName] = this.read(memberSchemas[memberName], bytes), 
                    output;
                }
                const xmlString = (this.serdeContext?.utf8Encoder ?? toUtf8)(bytes), parsedObject = this.parseXml(xmlString);
                return this.readSchema(schema, key ? parsedObject[key] : parsedObject);
            }
            readSchema(_schema, value) {
                const ns = NormalizedSchema.of(_schema);
                if (ns.isUnitSchema()) return;
                const traits = ns.getMergedTraits();
                if (ns.isListSchema() && !Array.isArray(value)) return this.readSchema(ns, [ value ]);
                if (null == value) return value;
                if ("object" == typeof value) {
                    const flat = !!traits.xmlFlattened;
                    if (ns.isListSchema()) {
                        const listValue = ns.getValueSchema(), buffer = [], sourceKey = listValue.getMergedTraits().xmlName ?? "member", source = flat ? value : (value[0] ?? value)[sourceKey];
                        if (null == source) return buffer;
                        const sourceArray = Array.isArray(source) ? source : [ source ];
                        for (const v of sourceArray) buffer.push(this.readSchema(listValue, v));
                        return buffer;
                    }
                    const buffer = {};
                    if (ns.isMapSchema()) {
                        const keyNs = ns.getKeySchema(), memberNs = ns.getValueSchema();
                        let entries;
                        entries = flat ? Array.isArray(value) ? value : [ value ] : Array.isArray(value.entry) ? value.entry : [ value.entry ];
                        const keyProperty = keyNs.getMergedTraits().xmlName ?? "key", valueProperty = memberNs.getMergedTraits().xmlName ?? "value";
                        for (const entry of entries) {
                            const key = entry[keyProperty], value = entry[valueProperty];
                            "__proto__" === key && writeKey(buffer), buffer[key] = this.readSchema(memberNs, value);
                        }
                        return buffer;
                    }
                    if (ns.isStructSchema()) {
                        const union = ns.isUnionSchema();
                        let unionSerde;
                        union && (unionSerde = new UnionSerde(value, buffer));
                        for (const [memberName, memberSchema] of ns.structIterator()) {
                            const memberTraits = memberSchema.getMergedTraits(), xmlObjectKey = memberTraits.httpPayload ? memberTraits.xmlName ?? memberSchema.getName() : memberSchema.getMemberTraits().xmlName ?? memberName;
                            union && unionSerde.mark(xmlObjectKey), null != value[xmlObjectKey] && (buffer[memberName] = this.readSchema(memberSchema, value[xmlObjectKey]));
                        }
                        return union && unionSerde.writeUnknown(), buffer;
                    }
                    if (ns.isDocumentSchema()) return value;
                    throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${ns.getName(!0)}`);
                }
                return ns.isListSchema() ? [] : ns.isMapSchema() || ns.isStructSchema() ? {} : this.stringDeserializer.read(ns, value);
            }
            parseXml(xml) {
                if (xml.length) {
                    let parsedObj;
                    try {
                        parsedObj = parseXML(xml);
                    } catch (e) {
                        throw e && "object" == typeof e && Object.defineProperty(e, "$responseBodyText", {
                            value: xml
                        }), e;
                    }
                    const textNodeName = "#text", key = Object.keys(parsedObj)[0], parsedObjToReturn = parsedObj[key];
                    return parsedObjToReturn[textNodeName] && (parsedObjToReturn[key] = parsedObjToReturn[textNodeName], 
                    delete parsedObjToReturn[textNodeName]), getValueFromTextNode(parsedObjToReturn);
                }
                return {};
            }
        }
        class QueryShapeSerializer extends SerdeContextConfig {
            settings;
            buffer;
            constructor(settings) {
                super(), this.settings = settings;
            }
            write(schema, value, prefix = "") {
                void 0 === this.buffer && (this.buffer = "");
                const ns = NormalizedSchema.of(schema);
                if (prefix && !prefix.endsWith(".") && (prefix += "."), ns.isBlobSchema()) ("string" == typeof value || value instanceof Uint8Array) && (this.writeKey(prefix), 
                this.writeValue((this.serdeContext?.base64Encoder ?? toBase64)(value))); else if (ns.isBooleanSchema() || ns.isNumericSchema() || ns.isStringSchema()) null != value ? (this.writeKey(prefix), 
                this.writeValue(String(value))) : ns.isIdempotencyToken() && (this.writeKey(prefix), 
                this.writeValue(generateIdempotencyToken())); else if (ns.isBigIntegerSchema()) null != value && (this.writeKey(prefix), 
                this.writeValue(String(value))); else if (ns.isBigDecimalSchema()) null != value && (this.writeKey(prefix), 
                this.writeValue(value instanceof NumericValue ? value.string : String(value))); else if (ns.isTimestampSchema()) {
                    if (value instanceof Date) switch (this.writeKey(prefix), determineTimestampFormat(ns, this.settings)) {
                      case 5:
                        this.writeValue(value.toISOString().replace(".000Z", "Z"));
                        break;

                      case 6:
                        this.writeValue(dateToUtcString(value));
                        break;

                      case 7:
                        this.writeValue(String(value.getTime() / 1e3));
                    }
                } else if (ns.isDocumentSchema()) Array.isArray(value) ? this.write(79, value, prefix) : value instanceof Date ? this.write(4, value, prefix) : value instanceof Uint8Array ? this.write(21, value, prefix) : value && "object" == typeof value ? this.write(143, value, prefix) : (this.writeKey(prefix), 
                this.writeValue(String(value))); else if (ns.isListSchema()) {
                    if (Array.isArray(value)) if (0 === value.length) this.settings.serializeEmptyLists && (this.writeKey(prefix), 
                    this.writeValue("")); else {
                        const member = ns.getValueSchema(), flat = this.settings.flattenLists || ns.getMergedTraits().xmlFlattened;
                        let i = 1;
                        for (const item of value) {
                            if (null == item) continue;
                            const traits = member.getMergedTraits(), suffix = this.getKey("member", traits.xmlName, traits.ec2QueryName), key = flat ? `${prefix}${i}` : `${prefix}${suffix}.${i}`;
                            this.write(member, item, key), ++i;
                        }
                    }
                } else if (ns.isMapSchema()) {
                    if (value && "object" == typeof value) {
                        const keySchema = ns.getKeySchema(), memberSchema = ns.getValueSchema(), flat = ns.getMergedTraits().xmlFlattened;
                        let i = 1;
                        for (const k in value) {
                            const v = value[k];
                            if (null == v) continue;
                            const keyTraits = keySchema.getMergedTraits(), keySuffix = this.getKey("key", keyTraits.xmlName, keyTraits.ec2QueryName), key = flat ? `${prefix}${i}.${keySuffix}` : `${prefix}entry.${i}.${keySuffix}`, valTraits = memberSchema.getMergedTraits(), valueSuffix = this.getKey("value", valTraits.xmlName, valTraits.ec2QueryName), valueKey = flat ? `${prefix}${i}.${valueSuffix}` : `${prefix}entry.${i}.${valueSuffix}`;
                            this.write(keySchema, k, key), this.write(memberSchema, v, valueKey), ++i;
                        }
                    }
                } else if (ns.isStructSchema()) {
                    if (value && "object" == typeof value) {
                        let didWriteMember = !1;
                        for (const [memberName, member] of ns.structIterator()) {
                            if (null == value[memberName] && !member.isIdempotencyToken()) continue;
                            const traits = member.getMergedTraits(), key = `${prefix}${this.getKey(memberName, traits.xmlName, traits.ec2QueryName, "struct")}`;
                            this.write(member, value[memberName], key), didWriteMember = !0;
                        }
                        if (!didWriteMember && ns.isUnionSchema()) {
                            const {$unknown: $unknown} = value;
                            if (Array.isArray($unknown)) {
                                const [k, v] = $unknown, key = `${prefix}${k}`;
                                this.write(15, v, key);
                            }
                        }
                    }
                } else if (!ns.isUnitSchema()) throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${ns.getName(!0)}`);
            }
            flush() {
                if (void 0 === this.buffer) throw new Error("@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");
                const str = this.buffer;
                return delete this.buffer, str;
            }
            getKey(memberName, xmlName, ec2QueryName, keySource) {
                const {ec2: ec2, capitalizeKeys: capitalizeKeys} = this.settings;
                if (ec2 && ec2QueryName) return ec2QueryName;
                const key = xmlName ?? memberName;
                return capitalizeKeys && "struct" === keySource ? key[0].toUpperCase() + key.slice(1) : key;
            }
            writeKey(key) {
                key.endsWith(".") && (key = key.slice(0, key.length - 1)), this.buffer += `&${extendedEncodeURIComponent(key)}=`;
            }
            writeValue(value) {
                this.buffer += extendedEncodeURIComponent(value);
            }
        }
        class AwsQueryProtocol extends RpcProtocol {
            options;
            serializer;
            deserializer;
            mixin=new ProtocolLib;
            constructor(options) {
                super({
                    defaultNamespace: options.defaultNamespace,
                    errorTypeRegistries: options.errorTypeRegistries
                }), this.options = options;
                const settings = {
                    timestampFormat: {
                        useTrait: !0,
                        default: 5
                    },
                    httpBindings: !1,
                    xmlNamespace: options.xmlNamespace,
                    serviceNamespace: options.defaultNamespace,
                    serializeEmptyLists: !0
                };
                this.serializer = new QueryShapeSerializer(settings), this.deserializer = new XmlShapeDeserializer(settings);
            }
            getShapeId() {
                return "aws.protocols#awsQuery";
            }
            setSerdeContext(serdeContext) {
                this.serializer.setSerdeContext(serdeContext), this.deserializer.setSerdeContext(serdeContext);
            }
            getPayloadCodec() {
                throw new Error("AWSQuery protocol has no payload codec.");
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context);
                request.path.endsWith("/") || (request.path += "/"), request.headers["content-type"] = "application/x-www-form-urlencoded", 
                "unit" !== deref(operationSchema.input) && request.body || (request.body = "");
                const action = operationSchema.name.split("#")[1] ?? operationSchema.name;
                return request.body = `Action=${action}&Version=${this.options.version}` + request.body, 
                request.body.endsWith("&") && (request.body = request.body.slice(-1)), request;
            }
            async deserializeResponse(operationSchema, context, response) {
                const deserializer = this.deserializer, ns = NormalizedSchema.of(operationSchema.output), dataObject = {};
                if (response.statusCode >= 300) {
                    const bytes = await collectBody(response.body, context);
                    bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(15, bytes)), 
                    await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response));
                }
                for (const header in response.headers) {
                    const value = response.headers[header];
                    delete response.headers[header], response.headers[header.toLowerCase()] = value;
                }
                const shortName = operationSchema.name.split("#")[1] ?? operationSchema.name, awsQueryResultKey = ns.isStructSchema() && this.useNestedResult() ? shortName + "Result" : void 0, bytes = await collectBody(response.body, context);
                return bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(ns, bytes, awsQueryResultKey)), 
                dataObject.$metadata = this.deserializeMetadata(response), dataObject;
            }
            useNestedResult() {
                return !0;
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                const errorIdentifier = this.loadQueryErrorCode(response, dataObject) ?? "Unknown";
                this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
                const errorData = this.loadQueryError(dataObject) ?? {}, message = this.loadQueryErrorMessage(dataObject);
                errorData.message = message, errorData.Error = {
                    Type: errorData.Type,
                    Code: errorData.Code,
                    Message: message
                };
                const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, errorData, metadata, this.mixin.findQueryCompatibleError), ns = NormalizedSchema.of(errorSchema), exception = new (this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error)({}), output = {
                    Type: errorData.Error.Type,
                    Code: errorData.Error.Code,
                    Error: errorData.Error
                };
                for (const [name, member] of ns.structIterator()) {
                    const target = member.getMergedTraits().xmlName ?? name, value = errorData[target] ?? dataObject[target];
                    output[name] = this.deserializer.readSchema(member, value);
                }
                throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output), dataObject);
            }
            loadQueryErrorCode(output, data) {
                const code = (data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error)?.Code;
                return void 0 !== code ? code : 404 == output.statusCode ? "NotFound" : void 0;
            }
            loadQueryError(data) {
                return data.Errors?.[0]?.Error ?? data.Errors?.Error ?? data.Error;
            }
            loadQueryErrorMessage(data) {
                const errorData = this.loadQueryError(data);
                return errorData?.message ?? errorData?.Message ?? data.message ?? data.Message ?? "Unknown";
            }
            getDefaultContentType() {
                return "application/x-www-form-urlencoded";
            }
        }
        const parseXmlBody = (streamBody, context) => ((streamBody, context) => collectBody(streamBody, context).then(body => (context?.utf8Encoder ?? toUtf8)(body)))(streamBody, context).then(encoded => {
            if (encoded.length) {
                let parsedObj;
                try {
                    parsedObj = parseXML(encoded);
                } catch (e) {
                    throw e && "object" == typeof e && Object.defineProperty(e, "$responseBodyText", {
                        value: encoded
                    }), e;
                }
                const textNodeName = "#text", key = Object.keys(parsedObj)[0], parsedObjToReturn = parsedObj[key];
                return parsedObjToReturn[textNodeName] && (parsedObjToReturn[key] = parsedObjToReturn[textNodeName], 
                delete parsedObjToReturn[textNodeName]), getValueFromTextNode(parsedObjToReturn);
            }
            return {};
        }), loadRestXmlErrorCode = (output, data) => void 0 !== data?.Error?.Code ? data.Error.Code : void 0 !== data?.Code ? data.Code : 404 == output.statusCode ? "NotFound" : void 0;
        class XmlShapeSerializer extends SerdeContextConfig {
            settings;
            stringBuffer;
            byteBuffer;
            buffer;
            constructor(settings) {
                super(), this.settings = settings;
            }
            write(schema, value) {
                const ns = NormalizedSchema.of(schema);
                if (ns.isStringSchema() && "string" == typeof value) this.stringBuffer = value; else if (ns.isBlobSchema()) this.byteBuffer = "byteLength" in value ? value : (this.serdeContext?.base64Decoder ?? fromBase64)(value); else {
                    this.buffer = this.writeStruct(ns, value, void 0);
                    const traits = ns.getMergedTraits();
                    traits.httpPayload && !traits.xmlName && this.buffer.withName(ns.getName());
                }
            }
            flush() {
                if (void 0 !== this.byteBuffer) {
                    const bytes = this.byteBuffer;
                    return delete this.byteBuffer, bytes;
                }
                if (void 0 !== this.stringBuffer) {
                    const str = this.stringBuffer;
                    return delete this.stringBuffer, str;
                }
                const buffer = this.buffer;
                return this.settings.xmlNamespace && (buffer?.attributes?.xmlns || buffer.addAttribute("xmlns", this.settings.xmlNamespace)), 
                delete this.buffer, buffer.toString();
            }
            writeStruct(ns, value, parentXmlns) {
                const traits = ns.getMergedTraits(), name = ns.isMemberSchema() && !traits.httpPayload ? ns.getMemberTraits().xmlName ?? ns.getMemberName() : traits.xmlName ?? ns.getName();
                if (!name || !ns.isStructSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${ns.getName(!0)}.`);
                const structXmlNode = XmlNode.of(name), [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
                for (const [memberName, memberSchema] of ns.structIterator()) {
                    const val = value[memberName];
                    if (null != val || memberSchema.isIdempotencyToken()) {
                        if (memberSchema.getMergedTraits().xmlAttribute) {
                            structXmlNode.addAttribute(memberSchema.getMergedTraits().xmlName ?? memberName, this.writeSimple(memberSchema, val));
                            continue;
                        }
                        if (memberSchema.isListSchema()) this.writeList(memberSchema, val, structXmlNode, xmlns); else if (memberSchema.isMapSchema()) this.writeMap(memberSchema, val, structXmlNode, xmlns); else if (memberSchema.isStructSchema()) structXmlNode.addChildNode(this.writeStruct(memberSchema, val, xmlns)); else {
                            const memberNode = XmlNode.of(memberSchema.getMergedTraits().xmlName ?? memberSchema.getMemberName());
                            this.writeSimpleInto(memberSchema, val, memberNode, xmlns), structXmlNode.addChildNode(memberNode);
                        }
                    }
                }
                const {$unknown: $unknown} = value;
                if ($unknown && ns.isUnionSchema() && Array.isArray($unknown) && 1 === Object.keys(value).length) {
                    const [k, v] = $unknown, node = XmlNode.of(k);
                    if ("string" != typeof v) {
                        if (!(value instanceof XmlNode || value instanceof XmlText)) throw new Error("@aws-sdk - $unknown union member in XML requires value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.");
                        structXmlNode.addChildNode(value);
                    }
                    this.writeSimpleInto(0, v, node, xmlns), structXmlNode.addChildNode(node);
                }
                return xmlns && structXmlNode.addAttribute(xmlnsAttr, xmlns), structXmlNode;
            }
            writeList(listMember, array, container, parentXmlns) {
                if (!listMember.isMemberSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${listMember.getName(!0)}`);
                const listTraits = listMember.getMergedTraits(), listValueSchema = listMember.getValueSchema(), listValueTraits = listValueSchema.getMergedTraits(), sparse = !!listValueTraits.sparse, flat = !!listTraits.xmlFlattened, [xmlnsAttr, xmlns] = this.getXmlnsAttribute(listMember, parentXmlns), writeItem = (container, value) => {
                    if (listValueSchema.isListSchema()) this.writeList(listValueSchema, Array.isArray(value) ? value : [ value ], container, xmlns); else if (listValueSchema.isMapSchema()) this.writeMap(listValueSchema, value, container, xmlns); else if (listValueSchema.isStructSchema()) {
                        const struct = this.writeStruct(listValueSchema, value, xmlns);
                        container.addChildNode(struct.withName(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member"));
                    } else {
                        const listItemNode = XmlNode.of(flat ? listTraits.xmlName ?? listMember.getMemberName() : listValueTraits.xmlName ?? "member");
                        this.writeSimpleInto(listValueSchema, value, listItemNode, xmlns), container.addChildNode(listItemNode);
                    }
                };
                if (flat) for (const value of array) (sparse || null != value) && writeItem(container, value); else {
                    const listNode = XmlNode.of(listTraits.xmlName ?? listMember.getMemberName());
                    xmlns && listNode.addAttribute(xmlnsAttr, xmlns);
                    for (const value of array) (sparse || null != value) && writeItem(listNode, value);
                    container.addChildNode(listNode);
                }
            }
            writeMap(mapMember, map, container, parentXmlns, containerIsMap = !1) {
                if (!mapMember.isMemberSchema()) throw new Error(`@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${mapMember.getName(!0)}`);
                const mapTraits = mapMember.getMergedTraits(), mapKeySchema = mapMember.getKeySchema(), keyTag = mapKeySchema.getMergedTraits().xmlName ?? "key", mapValueSchema = mapMember.getValueSchema(), mapValueTraits = mapValueSchema.getMergedTraits(), valueTag = mapValueTraits.xmlName ?? "value", sparse = !!mapValueTraits.sparse, flat = !!mapTraits.xmlFlattened, [xmlnsAttr, xmlns] = this.getXmlnsAttribute(mapMember, parentXmlns), addKeyValue = (entry, key, val) => {
                    const keyNode = XmlNode.of(keyTag, key), [keyXmlnsAttr, keyXmlns] = this.getXmlnsAttribute(mapKeySchema, xmlns);
                    keyXmlns && keyNode.addAttribute(keyXmlnsAttr, keyXmlns), entry.addChildNode(keyNode);
                    let valueNode = XmlNode.of(valueTag);
                    mapValueSchema.isListSchema() ? this.writeList(mapValueSchema, val, valueNode, xmlns) : mapValueSchema.isMapSchema() ? this.writeMap(mapValueSchema, val, valueNode, xmlns, !0) : mapValueSchema.isStructSchema() ? valueNode = this.writeStruct(mapValueSchema, val, xmlns) : this.writeSimpleInto(mapValueSchema, val, valueNode, xmlns), 
                    entry.addChildNode(valueNode);
                };
                if (flat) for (const key in map) {
                    const val = map[key];
                    if (sparse || null != val) {
                        const entry = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName());
                        addKeyValue(entry, key, val), container.addChildNode(entry);
                    }
                } else {
                    let mapNode;
                    containerIsMap || (mapNode = XmlNode.of(mapTraits.xmlName ?? mapMember.getMemberName()), 
                    xmlns && mapNode.addAttribute(xmlnsAttr, xmlns), container.addChildNode(mapNode));
                    for (const key in map) {
                        const val = map[key];
                        if (sparse || null != val) {
                            const entry = XmlNode.of("entry");
                            addKeyValue(entry, key, val), (containerIsMap ? container : mapNode).addChildNode(entry);
                        }
                    }
                }
            }
            writeSimple(_schema, value) {
                if (null === value) throw new Error("@aws-sdk/core/protocols - (XML serializer) cannot write null value.");
                const ns = NormalizedSchema.of(_schema);
                let nodeContents = null;
                if (value && "object" == typeof value) if (ns.isBlobSchema()) nodeContents = (this.serdeContext?.base64Encoder ?? toBase64)(value); else {
                    if (!(ns.isTimestampSchema() && value instanceof Date)) {
                        if (ns.isBigDecimalSchema() && value) return value instanceof NumericValue ? value.string : String(value);
                        throw ns.isMapSchema() || ns.isListSchema() ? new Error("@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead.") : new Error(`@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${ns.getName(!0)}`);
                    }
                    switch (determineTimestampFormat(ns, this.settings)) {
                      case 5:
                        nodeContents = value.toISOString().replace(".000Z", "Z");
                        break;

                      case 6:
                        nodeContents = dateToUtcString(value);
                        break;

                      case 7:
                        nodeContents = String(value.getTime() / 1e3);
                        break;

                      default:
                        console.warn("Missing timestamp format, using http date", value), nodeContents = dateToUtcString(value);
                    }
                }
                if ((ns.isBooleanSchema() || ns.isNumericSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) && (nodeContents = String(value)), 
                ns.isStringSchema() && (nodeContents = void 0 === value && ns.isIdempotencyToken() ? generateIdempotencyToken() : String(value)), 
                null === nodeContents) throw new Error(`Unhandled schema-value pair ${ns.getName(!0)}=${value}`);
                return nodeContents;
            }
            writeSimpleInto(_schema, value, into, parentXmlns) {
                const nodeContents = this.writeSimple(_schema, value), ns = NormalizedSchema.of(_schema), content = new XmlText(nodeContents), [xmlnsAttr, xmlns] = this.getXmlnsAttribute(ns, parentXmlns);
                xmlns && into.addAttribute(xmlnsAttr, xmlns), into.addChildNode(content);
            }
            getXmlnsAttribute(ns, parentXmlns) {
                const traits = ns.getMergedTraits(), [prefix, xmlns] = traits.xmlNamespace ?? [];
                return xmlns && xmlns !== parentXmlns ? [ prefix ? `xmlns:${prefix}` : "xmlns", xmlns ] : [ void 0, void 0 ];
            }
        }
        class XmlCodec extends SerdeContextConfig {
            settings;
            constructor(settings) {
                super(), this.settings = settings;
            }
            createSerializer() {
                const serializer = new XmlShapeSerializer(this.settings);
                return serializer.setSerdeContext(this.serdeContext), serializer;
            }
            createDeserializer() {
                const deserializer = new XmlShapeDeserializer(this.settings);
                return deserializer.setSerdeContext(this.serdeContext), deserializer;
            }
        }
        exports.AwsEc2QueryProtocol = class extends AwsQueryProtocol {
            options;
            constructor(options) {
                super(options), this.options = options, Object.assign(this.serializer.settings, {
                    capitalizeKeys: !0,
                    flattenLists: !0,
                    serializeEmptyLists: !1,
                    ec2: !0
                });
            }
            getShapeId() {
                return "aws.protocols#ec2Query";
            }
            useNestedResult() {
                return !1;
            }
        }, exports.AwsJson1_0Protocol = class extends AwsJsonRpcProtocol {
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries,
                    serviceTarget: serviceTarget,
                    awsQueryCompatible: awsQueryCompatible,
                    jsonCodec: jsonCodec
                });
            }
            getShapeId() {
                return "aws.protocols#awsJson1_0";
            }
            getJsonRpcVersion() {
                return "1.0";
            }
            getDefaultContentType() {
                return "application/x-amz-json-1.0";
            }
        }, exports.AwsJson1_1Protocol = class extends AwsJsonRpcProtocol {
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, serviceTarget: serviceTarget, awsQueryCompatible: awsQueryCompatible, jsonCodec: jsonCodec}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries,
                    serviceTarget: serviceTarget,
                    awsQueryCompatible: awsQueryCompatible,
                    jsonCodec: jsonCodec
                });
            }
            getShapeId() {
                return "aws.protocols#awsJson1_1";
            }
            getJsonRpcVersion() {
                return "1.1";
            }
            getDefaultContentType() {
                return "application/x-amz-json-1.1";
            }
        }, exports.AwsJsonRpcProtocol = AwsJsonRpcProtocol, exports.AwsQueryProtocol = AwsQueryProtocol, 
        exports.AwsRestJsonProtocol = class extends HttpBindingProtocol {
            serializer;
            deserializer;
            codec;
            mixin=new ProtocolLib;
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, jsonCodec: jsonCodec}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries
                });
                const settings = {
                    timestampFormat: {
                        useTrait: !0,
                        default: 7
                    },
                    httpBindings: !0,
                    jsonName: !0
                };
                this.codec = jsonCodec ?? new JsonCodec2(settings), this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings), 
                this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
            }
            getShapeId() {
                return "aws.protocols#restJson1";
            }
            getPayloadCodec() {
                return this.codec;
            }
            setSerdeContext(serdeContext) {
                this.codec.setSerdeContext(serdeContext), super.setSerdeContext(serdeContext);
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context), inputSchema = NormalizedSchema.of(operationSchema.input);
                if (!request.headers["content-type"]) {
                    const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
                    contentType && (request.headers["content-type"] = contentType);
                }
                return null == request.body && request.headers["content-type"] === this.getDefaultContentType() && (request.body = "{}"), 
                request;
            }
            async deserializeResponse(operationSchema, context, response) {
                const output = await super.deserializeResponse(operationSchema, context, response), outputSchema = NormalizedSchema.of(operationSchema.output);
                for (const [name, member] of outputSchema.structIterator()) member.getMemberTraits().httpPayload && !(name in output) && (output[name] = null);
                return output;
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                const errorIdentifier = loadRestJsonErrorCode(response, dataObject) ?? "Unknown";
                this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace);
                const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", exception = new (this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error)({});
                await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
                const output = {}, errorDeserializer = this.codec.createDeserializer();
                for (const [name, member] of ns.structIterator()) {
                    const target = member.getMergedTraits().jsonName ?? name;
                    output[name] = errorDeserializer.readObject(member, dataObject[target]);
                }
                throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output), dataObject);
            }
            getDefaultContentType() {
                return "application/json";
            }
        }, exports.AwsRestXmlProtocol = class extends HttpBindingProtocol {
            codec;
            serializer;
            deserializer;
            mixin=new ProtocolLib;
            constructor(options) {
                super(options);
                const settings = {
                    timestampFormat: {
                        useTrait: !0,
                        default: 5
                    },
                    httpBindings: !0,
                    xmlNamespace: options.xmlNamespace,
                    serviceNamespace: options.defaultNamespace
                };
                this.codec = new XmlCodec(settings), this.serializer = new HttpInterceptingShapeSerializer(this.codec.createSerializer(), settings), 
                this.deserializer = new HttpInterceptingShapeDeserializer(this.codec.createDeserializer(), settings);
            }
            getPayloadCodec() {
                return this.codec;
            }
            getShapeId() {
                return "aws.protocols#restXml";
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context), inputSchema = NormalizedSchema.of(operationSchema.input);
                if (!request.headers["content-type"]) {
                    const contentType = this.mixin.resolveRestContentType(this.getDefaultContentType(), inputSchema);
                    contentType && (request.headers["content-type"] = contentType);
                }
                return "string" != typeof request.body || request.headers["content-type"] !== this.getDefaultContentType() || request.body.startsWith("<?xml ") || this.hasUnstructuredPayloadBinding(inputSchema) || (request.body = '<?xml version="1.0" encoding="UTF-8"?>' + request.body), 
                request;
            }
            async deserializeResponse(operationSchema, context, response) {
                return super.deserializeResponse(operationSchema, context, response);
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                const errorIdentifier = loadRestXmlErrorCode(response, dataObject) ?? "Unknown";
                if (this.mixin.compose(this.compositeErrorRegistry, errorIdentifier, this.options.defaultNamespace), 
                dataObject.Error && "object" == typeof dataObject.Error) for (const key of Object.keys(dataObject.Error)) dataObject[key] = dataObject.Error[key], 
                "message" === key.toLowerCase() && (dataObject.message = dataObject.Error[key]);
                dataObject.RequestId && !metadata.requestId && (metadata.requestId = dataObject.RequestId);
                const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorIdentifier, this.options.defaultNamespace, response, dataObject, metadata), ns = NormalizedSchema.of(errorSchema), message = dataObject.Error?.message ?? dataObject.Error?.Message ?? dataObject.message ?? dataObject.Message ?? "UnknownError", exception = new (this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error)({});
                await this.deserializeHttpMessage(errorSchema, context, response, dataObject);
                const output = {}, errorDeserializer = this.codec.createDeserializer();
                for (const [name, member] of ns.structIterator()) {
                    const target = member.getMergedTraits().xmlName ?? name, value = dataObject.Error?.[target] ?? dataObject[target];
                    output[name] = errorDeserializer.readSchema(member, value);
                }
                throw this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output), dataObject);
            }
            getDefaultContentType() {
                return "application/xml";
            }
            hasUnstructuredPayloadBinding(ns) {
                for (const [, member] of ns.structIterator()) if (member.getMergedTraits().httpPayload) return !(member.isStructSchema() || member.isMapSchema() || member.isListSchema());
                return !1;
            }
        }, exports.AwsSmithyRpcV2CborProtocol = class extends SmithyRpcV2CborProtocol {
            awsQueryCompatible;
            mixin;
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, awsQueryCompatible: awsQueryCompatible}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries
                }), this.awsQueryCompatible = !!awsQueryCompatible, this.mixin = new ProtocolLib(this.awsQueryCompatible);
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context);
                return this.awsQueryCompatible && (request.headers["x-amzn-query-mode"] = "true"), 
                request;
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                this.awsQueryCompatible && this.mixin.setQueryCompatError(dataObject, response);
                const errorName = (() => {
                    const compatHeader = response.headers["x-amzn-query-error"];
                    return compatHeader && this.awsQueryCompatible ? compatHeader.split(";")[0] : loadSmithyRpcV2CborErrorCode(response, dataObject) ?? "Unknown";
                })();
                this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
                const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", exception = new (this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error)({}), output = {};
                for (const [name, member] of ns.structIterator()) null != dataObject[name] && (output[name] = this.deserializer.readValue(member, dataObject[name]));
                throw this.awsQueryCompatible && this.mixin.queryCompatOutput(dataObject, output), 
                this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output), dataObject);
            }
        }, exports.AwsSmithyRpcV2JsonProtocol = class extends SmithyRpcV2JsonProtocol {
            awsQueryCompatible;
            mixin;
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries, awsQueryCompatible: awsQueryCompatible}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries
                }), this.awsQueryCompatible = !!awsQueryCompatible, this.mixin = new ProtocolLib(this.awsQueryCompatible);
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context);
                return this.awsQueryCompatible && (request.headers["x-amzn-query-mode"] = "true"), 
                request;
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                this.awsQueryCompatible && this.mixin.setQueryCompatError(dataObject, response);
                const errorName = (() => {
                    const compatHeader = response.headers["x-amzn-query-error"];
                    return compatHeader && this.awsQueryCompatible ? compatHeader.split(";")[0] : loadSmithyRpcV2JsonErrorCode(response, dataObject) ?? "Unknown";
                })();
                this.mixin.compose(this.compositeErrorRegistry, errorName, this.options.defaultNamespace);
                const {errorSchema: errorSchema, errorMetadata: errorMetadata} = await this.mixin.getErrorSchemaOrThrowBaseException(errorName, this.options.defaultNamespace, response, dataObject, metadata, this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0), ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "UnknownError", exception = new (this.compositeErrorRegistry.getErrorCtor(errorSchema) ?? Error)({}), output = {}, errorDeserializer = this.getPayloadCodec().createDeserializer();
                for (const [name, member] of ns.structIterator()) null != dataObject[name] && (output[name] = errorDeserializer.readObject(member, dataObject[name]));
                throw this.awsQueryCompatible && this.mixin.queryCompatOutput(dataObject, output), 
                this.mixin.decorateServiceException(Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output), dataObject);
            }
        }, exports.QueryShapeSerializer = QueryShapeSerializer, exports.XmlCodec = XmlCodec, 
        exports.XmlShapeDeserializer = XmlShapeDeserializer, exports.XmlShapeSerializer = XmlShapeSerializer, 
        exports._toBool = val => {
            if (null == val) return val;
            if ("string" == typeof val) {
                const lowercase = val.toLowerCase();
                if ("" !== val && "false" !== lowercase && "true" !== lowercase) {
                    const warning = new Error(`Received string "${val}" where a boolean was expected.`);
                    warning.name = "Warning", console.warn(warning);
                }
                return "" !== val && "false" !== lowercase;
            }
            return val;
        }, exports._toNum = val => {
            if (null == val) return val;
            if ("string" == typeof val) {
                const num = Number(val);
                if (num.toString() !== val) {
                    const warning = new Error(`Received string "${val}" where a number was expected.`);
                    return warning.name = "Warning", console.warn(warning), val;
                }
                return num;
            }
            return val;
        }, exports._toStr = val => {
            if (null == val) return val;
            if ("number" == typeof val || "bigint" == typeof val) {
                const warning = new Error(`Received number ${val} where a string was expected.`);
                return warning.name = "Warning", console.warn(warning), String(val);
            }
            if ("boolean" == typeof val) {
                const warning = new Error(`Received boolean ${val} where a string was expected.`);
                return warning.name = "Warning", console.warn(warning), String(val);
            }
            return val;
        }, exports.awsExpectUnion = value => {
            if (null != value) return "object" == typeof value && "__type" in value && delete value.__type, 
            expectUnion(value);
        }, exports.loadRestXmlErrorCode = loadRestXmlErrorCode, exports.parseXmlBody = parseXmlBody, 
        exports.parseXmlErrorBody = async (errorBody, context) => {
            const value = await parseXmlBody(errorBody, context);
            return value.Error && (value.Error.message = value.Error.message ?? value.Error.Message), 
            value;
        };
    },
    3099: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            pi: () => ENV_SECRET,
            sF: () => fromEnv,
            yG: () => ENV_KEY
        });
        var _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5152), _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7291);
        const ENV_KEY = "AWS_ACCESS_KEY_ID", ENV_SECRET = "AWS_SECRET_ACCESS_KEY", fromEnv = init => async () => {
            init?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");
            const accessKeyId = process.env[ENV_KEY], secretAccessKey = process.env[ENV_SECRET], sessionToken = process.env.AWS_SESSION_TOKEN, expiry = process.env.AWS_CREDENTIAL_EXPIRATION, credentialScope = process.env.AWS_CREDENTIAL_SCOPE, accountId = process.env.AWS_ACCOUNT_ID;
            if (accessKeyId && secretAccessKey) {
                const credentials = {
                    accessKeyId: accessKeyId,
                    secretAccessKey: secretAccessKey,
                    ...sessionToken && {
                        sessionToken: sessionToken
                    },
                    ...expiry && {
                        expiration: new Date(expiry)
                    },
                    ...credentialScope && {
                        credentialScope: credentialScope
                    },
                    ...accountId && {
                        accountId: accountId
                    }
                };
                return (0, _aws_sdk_core_client__WEBPACK_IMPORTED_MODULE_0__.setCredentialFeature)(credentials, "CREDENTIALS_ENV_VARS", "g"), 
                credentials;
            }
            throw new _smithy_core_config__WEBPACK_IMPORTED_MODULE_1__.CredentialsProviderError("Unable to find environment variable credentials.", {
                logger: init?.logger
            });
        };
    },
    7874: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__), __webpack_require__.d(__webpack_exports__, {
            XmlNode: () => XmlNode,
            XmlText: () => XmlText,
            parseXML: () => parseXML
        });
        const ATTR_ESCAPE_RE = /[&<>"]/g, ATTR_ESCAPE_MAP = {
            "&": "&amp;",
            "<": "&lt;",
            ">": "&gt;",
            '"': "&quot;"
        };
        function escapeAttribute(value) {
            return value.replace(ATTR_ESCAPE_RE, ch => ATTR_ESCAPE_MAP[ch]);
        }
        const ELEMENT_ESCAPE_RE = /[&"'<>\r\n\u0085\u2028]/g, ELEMENT_ESCAPE_MAP = {
            "&": "&amp;",
            '"': "&quot;",
            "'": "&apos;",
            "<": "&lt;",
            ">": "&gt;",
            "\r": "&#x0D;",
            "\n": "&#x0A;",
            "": "&#x85;",
            "\u2028": "&#x2028;"
        };
        class XmlText {
            value;
            constructor(value) {
                this.value = value;
            }
            toString() {
                return ("" + this.value).replace(ELEMENT_ESCAPE_RE, ch => ELEMENT_ESCAPE_MAP[ch]);
            }
        }
        class XmlNode {
            name;
            children;
            attributes={};
            static of(name, childText, withName) {
                const node = new XmlNode(name);
                return void 0 !== childText && node.addChildNode(new XmlText(childText)), void 0 !== withName && node.withName(withName), 
                node;
            }
            constructor(name, children = []) {
                this.name = name, this.children = children;
            }
            withName(name) {
                return this.name = name, this;
            }
            addAttribute(name, value) {
                return this.attributes[name] = value, this;
            }
            addChildNode(child) {
                return this.children.push(child), this;
            }
            removeAttribute(name) {
                return delete this.attributes[name], this;
            }
            n(name) {
                return this.name = name, this;
            }
            c(child) {
                return this.children.push(child), this;
            }
            a(name, value) {
                return null != value && (this.attributes[name] = value), this;
            }
            cc(input, field, withName = field) {
                if (null != input[field]) {
                    const node = XmlNode.of(field, input[field]).withName(withName);
                    this.c(node);
                }
            }
            l(input, listName, memberName, valueProvider) {
                null != input[listName] && valueProvider().map(node => {
                    node.withName(memberName), this.c(node);
                });
            }
            lc(input, listName, memberName, valueProvider) {
                if (null != input[listName]) {
                    const nodes = valueProvider(), containerNode = new XmlNode(memberName);
                    nodes.map(node => {
                        containerNode.c(node);
                    }), this.c(containerNode);
                }
            }
            toString() {
                const hasChildren = Boolean(this.children.length);
                let xmlText = `<${this.name}`;
                const attributes = this.attributes;
                for (const attributeName of Object.keys(attributes)) {
                    const attribute = attributes[attributeName];
                    null != attribute && (xmlText += ` ${attributeName}="${escapeAttribute("" + attribute)}"`);
                }
                return xmlText + (hasChildren ? `>${this.children.map(c => c.toString()).join("")}</${this.name}>` : "/>");
            }
        }
        function writeKey(obj) {
            Object.defineProperty(obj, "__proto__", {
                value: void 0,
                writable: !0,
                enumerable: !0,
                configurable: !0
            });
        }
        function parseXML(xml) {
            return new AwsXmlParser(xml).parse();
        }
        class AwsXmlParser {
            x;
            i=0;
            z;
            constructor(x) {
                this.x = x, this.x = x.replace(/\r\n?/g, "\n"), this.z = this.x.length;
            }
            parse() {
                const p = this, {z: z} = p;
                for (;p.i < z && (p.trim(), !(p.i >= z)); ) if (p.isNext("<?")) p.readTo("?>"), 
                p.trim(); else if (p.isNext("\x3c!--")) p.readTo("--\x3e"), p.trim(); else {
                    if (!p.isNext("<!DOCTYPE", !1)) {
                        if ("<" === p.x[p.i]) {
                            const root = p.parseTag();
                            return {
                                [root.tag]: root.value
                            };
                        }
                        throw new Error("@aws-sdk XML parse error: unexpected content.");
                    }
                    p.skipDoctype(), p.trim();
                }
                throw new Error("@aws-sdk XML parse error: no root element.");
            }
            isNext(s, caseSensitive = !0) {
                const p = this;
                return caseSensitive ? p.x.startsWith(s, p.i) : p.x.toLowerCase().startsWith(s.toLowerCase(), p.i);
            }
            readTo(stop) {
                const p = this, _i = p.x.indexOf(stop, p.i);
                if (-1 === _i) throw new Error(`@aws-sdk XML parse error: expected "${stop}" not found.`);
                const result = p.x.slice(p.i, _i);
                return p.i = _i + stop.length, result;
            }
            trim() {
                const p = this;
                for (;p.i < p.z && " \t\r\n".includes(p.x[p.i]); ) ++p.i;
            }
            readAttrValue() {
                const p = this, quote = p.x[p.i];
                ++p.i;
                let value = "";
                for (;p.i < p.z && p.x[p.i] !== quote; ) value += p.x[p.i++];
                return ++p.i, p.decodeEntities(value);
            }
            parseTag() {
                const p = this;
                ++p.i;
                let tag = "";
                for (;p.i < p.z && !" \t\r\n>/".includes(p.x[p.i]); ) tag += p.x[p.i++];
                let hasAttrs = !1;
                const attrs = {};
                for (;p.i < p.z && (p.trim(), !">/".includes(p.x[p.i])); ) {
                    let name = "";
                    for (;p.i < p.z && !"= \t\r\n>/?".includes(p.x[p.i]); ) name += p.x[p.i++];
                    if (p.trim(), "=" !== p.x[p.i]) break;
                    ++p.i, p.trim(), "__proto__" === name && writeKey(attrs), attrs[name] = p.readAttrValue(), 
                    hasAttrs = !0;
                }
                if (p.i >= p.z) throw new Error("@aws-sdk XML parse error: unexpected end of input.");
                if ("/" === p.x[p.i]) {
                    if (++p.i, p.i >= p.z || ">" !== p.x[p.i]) throw new Error("@aws-sdk XML parse error: expected > at the end of self-closing tag.");
                    return ++p.i, {
                        tag: tag,
                        value: hasAttrs ? attrs : ""
                    };
                }
                if (">" !== p.x[p.i]) throw new Error("@aws-sdk XML parse error: expected > at the end of opening tag.");
                ++p.i;
                const textParts = [], childTags = [];
                let hasElementChild = !1;
                for (;p.i < p.z && !p.isNext("</"); ) if ("<" === p.x[p.i]) p.isNext("\x3c!--") ? p.readTo("--\x3e") : p.isNext("<![CDATA[") ? (p.i += 9, 
                textParts.push(p.readTo("]]>"))) : p.isNext("<?") ? p.readTo("?>") : (hasElementChild = !0, 
                childTags.push(p.parseTag())); else {
                    let text = "";
                    for (;p.i < p.z && "<" !== p.x[p.i]; ) text += p.x[p.i++];
                    textParts.push(p.decodeEntities(text));
                }
                if (!p.isNext("</")) throw new Error(`@aws-sdk XML parse error: missing closing tag </${tag}>.`);
                p.i += 2;
                const closeTag = p.readTo(">").trim();
                if (closeTag !== tag) throw new Error(`@aws-sdk XML parse error: mismatched tags <${tag}> and </${closeTag}>.`);
                if (!hasAttrs && 0 === textParts.length && !hasElementChild) return {
                    tag: tag,
                    value: ""
                };
                if (!hasAttrs && !hasElementChild) {
                    const text = 1 === textParts.length ? textParts[0] : textParts.join("");
                    return "" === text.trim() && text.includes("\n") ? {
                        tag: tag,
                        value: ""
                    } : {
                        tag: tag,
                        value: text
                    };
                }
                const obj = {};
                for (const text of textParts) "" === text.trim() && text.includes("\n") || (obj["#text"] = "#text" in obj ? obj["#text"] + text : text);
                for (const child of childTags) "__proto__" === child.tag && writeKey(obj), child.tag in obj ? Array.isArray(obj[child.tag]) ? obj[child.tag].push(child.value) : obj[child.tag] = [ obj[child.tag], child.value ] : obj[child.tag] = child.value;
                for (const [k, v] of Object.entries(attrs)) "__proto__" === k && writeKey(obj), 
                obj[k] = v;
                return {
                    tag: tag,
                    value: obj
                };
            }
            static ENTITIES={
                amp: "&",
                lt: "<",
                gt: ">",
                quot: '"',
                apos: "'"
            };
            skipDoctype() {
                const p = this;
                p.i += 9;
                let depth = 0;
                for (;p.i < p.z; ) {
                    const c = p.x[p.i];
                    if ("[" === c) ++depth; else if ("]" === c) --depth; else if (">" === c && 0 === depth) return void ++p.i;
                    ++p.i;
                }
                throw new Error("@aws-sdk XML parse error: unclosed DOCTYPE.");
            }
            decodeEntities(s) {
                return s.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (_, hex, dec, named) => hex ? String.fromCharCode(parseInt(hex, 16)) : dec ? String.fromCharCode(parseInt(dec, 10)) : AwsXmlParser.ENTITIES[named] ?? "");
            }
        }
    },
    9320: (__unused_webpack_module, exports, __webpack_require__) => {
        const PROTECTED_KEYS = {
            REQUEST_ID: Symbol.for("_AWS_LAMBDA_REQUEST_ID"),
            X_RAY_TRACE_ID: Symbol.for("_AWS_LAMBDA_X_RAY_TRACE_ID"),
            TENANT_ID: Symbol.for("_AWS_LAMBDA_TENANT_ID"),
            TRACEPARENT: Symbol.for("_AWS_LAMBDA_TRACEPARENT"),
            TRACESTATE: Symbol.for("_AWS_LAMBDA_TRACESTATE"),
            BAGGAGE: Symbol.for("_AWS_LAMBDA_BAGGAGE")
        }, NO_GLOBAL_AWS_LAMBDA = [ "true", "1" ].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? "");
        NO_GLOBAL_AWS_LAMBDA || (globalThis.awslambda = globalThis.awslambda || {});
        class InvokeStoreBase {
            static PROTECTED_KEYS=PROTECTED_KEYS;
            isProtectedKey(key) {
                return Object.values(PROTECTED_KEYS).includes(key);
            }
            getRequestId() {
                return this.get(PROTECTED_KEYS.REQUEST_ID) ?? "-";
            }
            getXRayTraceId() {
                return this.get(PROTECTED_KEYS.X_RAY_TRACE_ID);
            }
            getTenantId() {
                return this.get(PROTECTED_KEYS.TENANT_ID);
            }
            getTraceparent() {
                return this.get(PROTECTED_KEYS.TRACEPARENT);
            }
            getTracestate() {
                return this.get(PROTECTED_KEYS.TRACESTATE);
            }
            getBaggage() {
                return this.get(PROTECTED_KEYS.BAGGAGE);
            }
        }
        class InvokeStoreSingle extends InvokeStoreBase {
            currentContext;
            getContext() {
                return this.currentContext;
            }
            hasContext() {
                return void 0 !== this.currentContext;
            }
            get(key) {
                return this.currentContext?.[key];
            }
            set(key, value) {
                if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
                this.currentContext = this.currentContext || {}, this.currentContext[key] = value;
            }
            run(context, fn) {
                return this.currentContext = context, fn();
            }
        }
        class InvokeStoreMulti extends InvokeStoreBase {
            als;
            static async create() {
                const instance = new InvokeStoreMulti, asyncHooks = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 6698, 23));
                return instance.als = new asyncHooks.AsyncLocalStorage, instance;
            }
            getContext() {
                return this.als.getStore();
            }
            hasContext() {
                return void 0 !== this.als.getStore();
            }
            get(key) {
                return this.als.getStore()?.[key];
            }
            set(key, value) {
                if (this.isProtectedKey(key)) throw new Error(`Cannot modify protected Lambda context field: ${String(key)}`);
                const store = this.als.getStore();
                if (!store) throw new Error("No context available");
                store[key] = value;
            }
            run(context, fn) {
                return this.als.run(context, fn);
            }
        }
        exports.InvokeStore = void 0, function(InvokeStore) {
            let instance = null;
            InvokeStore.getInstanceAsync = async function(forceInvokeStoreMulti) {
                return instance || (instance = (async () => {
                    const newInstance = !0 === forceInvokeStoreMulti || "AWS_LAMBDA_MAX_CONCURRENCY" in process.env ? await InvokeStoreMulti.create() : new InvokeStoreSingle;
                    return !NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda?.InvokeStore ? globalThis.awslambda.InvokeStore : !NO_GLOBAL_AWS_LAMBDA && globalThis.awslambda ? (globalThis.awslambda.InvokeStore = newInstance, 
                    newInstance) : newInstance;
                })()), instance;
            }, InvokeStore._testing = "1" === process.env.AWS_LAMBDA_BENCHMARK_MODE ? {
                reset: () => {
                    instance = null, globalThis.awslambda?.InvokeStore && delete globalThis.awslambda.InvokeStore, 
                    globalThis.awslambda = {
                        InvokeStore: void 0
                    };
                }
            } : void 0;
        }(exports.InvokeStore || (exports.InvokeStore = {})), exports.InvokeStoreBase = InvokeStoreBase;
    },
    402: (__unused_webpack_module, exports, __webpack_require__) => {
        const {getSmithyContext: getSmithyContext, hasOwn: hasOwn} = __webpack_require__(4534);
        exports.getSmithyContext = getSmithyContext;
        const {HttpRequest: HttpRequest} = __webpack_require__(3422), {requestBuilder: requestBuilder} = __webpack_require__(3422);
        exports.requestBuilder = requestBuilder;
        const {HttpApiKeyAuthLocation: HttpApiKeyAuthLocation} = __webpack_require__(5662), httpAuthSchemeMiddleware = (config, mwOptions) => (next, context) => async args => {
            const resolvedOptions = ((candidateAuthOptions, authSchemePreference) => {
                if (!authSchemePreference || 0 === authSchemePreference.length) return candidateAuthOptions;
                const preferredAuthOptions = [];
                for (const preferredSchemeName of authSchemePreference) for (const candidateAuthOption of candidateAuthOptions) candidateAuthOption.schemeId.split("#")[1] === preferredSchemeName && preferredAuthOptions.push(candidateAuthOption);
                for (const candidateAuthOption of candidateAuthOptions) preferredAuthOptions.find(({schemeId: schemeId}) => schemeId === candidateAuthOption.schemeId) || preferredAuthOptions.push(candidateAuthOption);
                return preferredAuthOptions;
            })(config.httpAuthSchemeProvider(await mwOptions.httpAuthSchemeParametersProvider(config, context, args.input)), config.authSchemePreference ? await config.authSchemePreference() : []), authSchemes = function(httpAuthSchemes) {
                const map = new Map;
                for (const scheme of httpAuthSchemes) map.set(scheme.schemeId, scheme);
                return map;
            }(config.httpAuthSchemes), smithyContext = getSmithyContext(context), failureReasons = [];
            for (const option of resolvedOptions) {
                const scheme = authSchemes.get(option.schemeId);
                if (!scheme) {
                    failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` was not enabled for this service.`);
                    continue;
                }
                const identityProvider = scheme.identityProvider(await mwOptions.identityProviderConfigProvider(config));
                if (!identityProvider) {
                    failureReasons.push(`HttpAuthScheme \`${option.schemeId}\` did not have an IdentityProvider configured.`);
                    continue;
                }
                const {identityProperties: identityProperties = {}, signingProperties: signingProperties = {}} = option.propertiesExtractor?.(config, context) || {};
                option.identityProperties = Object.assign(option.identityProperties || {}, identityProperties), 
                option.signingProperties = Object.assign(option.signingProperties || {}, signingProperties), 
                smithyContext.selectedHttpAuthScheme = {
                    httpAuthOption: option,
                    identity: await identityProvider(option.identityProperties),
                    signer: scheme.signer
                };
                break;
            }
            if (!smithyContext.selectedHttpAuthScheme) throw new Error(failureReasons.join("\n"));
            return next(args);
        }, httpAuthSchemeEndpointRuleSetMiddlewareOptions = {
            step: "serialize",
            tags: [ "HTTP_AUTH_SCHEME" ],
            name: "httpAuthSchemeMiddleware",
            override: !0,
            relation: "before",
            toMiddleware: "endpointV2Middleware"
        }, httpAuthSchemeMiddlewareOptions = {
            step: "serialize",
            tags: [ "HTTP_AUTH_SCHEME" ],
            name: "httpAuthSchemeMiddleware",
            override: !0,
            relation: "before",
            toMiddleware: "serializerMiddleware"
        }, defaultErrorHandler = signingProperties => error => {
            throw error;
        }, defaultSuccessHandler = (httpResponse, signingProperties) => {}, httpSigningMiddleware = config => (next, context) => async args => {
            if (!HttpRequest.isInstance(args.request)) return next(args);
            const scheme = getSmithyContext(context).selectedHttpAuthScheme;
            if (!scheme) throw new Error("No HttpAuthScheme was selected: unable to sign request");
            const {httpAuthOption: {signingProperties: signingProperties = {}}, identity: identity, signer: signer} = scheme, output = await next({
                ...args,
                request: await signer.sign(args.request, identity, signingProperties)
            }).catch((signer.errorHandler || defaultErrorHandler)(signingProperties));
            return (signer.successHandler || defaultSuccessHandler)(output.response, signingProperties), 
            output;
        }, httpSigningMiddlewareOptions = {
            step: "finalizeRequest",
            tags: [ "HTTP_SIGNING" ],
            name: "httpSigningMiddleware",
            aliases: [ "apiKeyMiddleware", "tokenMiddleware", "awsAuthMiddleware" ],
            override: !0,
            relation: "after",
            toMiddleware: "retryMiddleware"
        }, makePagedClientRequest = async (CommandCtor, client, input, withCommand = _ => _, ...args) => {
            let command = new CommandCtor(input);
            return command = withCommand(command) ?? command, await client.send(command, ...args);
        }, get = (fromObject, path) => {
            let cursor = fromObject;
            const pathComponents = path.split(".");
            for (const step of pathComponents) {
                if (!cursor || "object" != typeof cursor) return;
                cursor = cursor[step];
            }
            return cursor;
        }, createIsIdentityExpiredFunction = expirationMs => function(identity) {
            return doesIdentityRequireRefresh(identity) && identity.expiration.getTime() - Date.now() < expirationMs;
        }, isIdentityExpired = createIsIdentityExpiredFunction(3e5), doesIdentityRequireRefresh = identity => void 0 !== identity.expiration;
        exports.DefaultIdentityProviderConfig = class {
            authSchemes=new Map;
            constructor(config) {
                for (const key in config) {
                    if (!hasOwn(config, key)) continue;
                    const value = config[key];
                    void 0 !== value && this.authSchemes.set(key, value);
                }
            }
            getIdentityProvider(schemeId) {
                return this.authSchemes.get(schemeId);
            }
        }, exports.EXPIRATION_MS = 3e5, exports.HttpApiKeyAuthSigner = class {
            async sign(httpRequest, identity, signingProperties) {
                if (!signingProperties) throw new Error("request could not be signed with `apiKey` since the `name` and `in` signer properties are missing");
                if (!signingProperties.name) throw new Error("request could not be signed with `apiKey` since the `name` signer property is missing");
                if (!signingProperties.in) throw new Error("request could not be signed with `apiKey` since the `in` signer property is missing");
                if (!identity.apiKey) throw new Error("request could not be signed with `apiKey` since the `apiKey` is not defined");
                const clonedRequest = HttpRequest.clone(httpRequest);
                if (signingProperties.in === HttpApiKeyAuthLocation.QUERY) clonedRequest.query[signingProperties.name] = identity.apiKey; else {
                    if (signingProperties.in !== HttpApiKeyAuthLocation.HEADER) throw new Error("request can only be signed with `apiKey` locations `query` or `header`, but found: `" + signingProperties.in + "`");
                    clonedRequest.headers[signingProperties.name] = signingProperties.scheme ? `${signingProperties.scheme} ${identity.apiKey}` : identity.apiKey;
                }
                return clonedRequest;
            }
        }, exports.HttpBearerAuthSigner = class {
            async sign(httpRequest, identity, signingProperties) {
                const clonedRequest = HttpRequest.clone(httpRequest);
                if (!identity.token) throw new Error("request could not be signed with `token` since the `token` is not defined");
                return clonedRequest.headers.Authorization = `Bearer ${identity.token}`, clonedRequest;
            }
        }, exports.NoAuthSigner = class {
            async sign(httpRequest, identity, signingProperties) {
                return httpRequest;
            }
        }, exports.createIsIdentityExpiredFunction = createIsIdentityExpiredFunction, exports.createPaginator = function(ClientCtor, CommandCtor, inputTokenName, outputTokenName, pageSizeTokenName) {
            return async function*(config, input, ...additionalArguments) {
                const _input = input;
                let page, token = config.startingToken ?? _input[inputTokenName], hasNext = !0;
                for (;hasNext; ) {
                    if (_input[inputTokenName] = token, pageSizeTokenName && (_input[pageSizeTokenName] = _input[pageSizeTokenName] ?? config.pageSize), 
                    !(config.client instanceof ClientCtor)) throw new Error(`Invalid client, expected instance of ${ClientCtor.name}`);
                    page = await makePagedClientRequest(CommandCtor, config.client, input, config.withCommand, ...additionalArguments), 
                    yield page;
                    const prevToken = token;
                    token = get(page, outputTokenName), hasNext = !(!token || config.stopOnSameToken && token === prevToken);
                }
            };
        }, exports.doesIdentityRequireRefresh = doesIdentityRequireRefresh, exports.getHttpAuthSchemeEndpointRuleSetPlugin = (config, {httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider, identityProviderConfigProvider: identityProviderConfigProvider}) => ({
            applyToStack: clientStack => {
                clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
                    httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: identityProviderConfigProvider
                }), httpAuthSchemeEndpointRuleSetMiddlewareOptions);
            }
        }), exports.getHttpAuthSchemePlugin = (config, {httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider, identityProviderConfigProvider: identityProviderConfigProvider}) => ({
            applyToStack: clientStack => {
                clientStack.addRelativeTo(httpAuthSchemeMiddleware(config, {
                    httpAuthSchemeParametersProvider: httpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: identityProviderConfigProvider
                }), httpAuthSchemeMiddlewareOptions);
            }
        }), exports.getHttpSigningPlugin = config => ({
            applyToStack: clientStack => {
                clientStack.addRelativeTo(httpSigningMiddleware(), httpSigningMiddlewareOptions);
            }
        }), exports.httpAuthSchemeEndpointRuleSetMiddlewareOptions = httpAuthSchemeEndpointRuleSetMiddlewareOptions, 
        exports.httpAuthSchemeMiddleware = httpAuthSchemeMiddleware, exports.httpAuthSchemeMiddlewareOptions = httpAuthSchemeMiddlewareOptions, 
        exports.httpSigningMiddleware = httpSigningMiddleware, exports.httpSigningMiddlewareOptions = httpSigningMiddlewareOptions, 
        exports.isIdentityExpired = isIdentityExpired, exports.memoizeIdentityProvider = (provider, isExpired, requiresRefresh) => {
            if (void 0 === provider) return;
            const normalizedProvider = "function" != typeof provider ? async () => Promise.resolve(provider) : provider;
            let resolved, pending, hasResult, isConstant = !1;
            const coalesceProvider = async options => {
                pending || (pending = normalizedProvider(options));
                try {
                    resolved = await pending, hasResult = !0, isConstant = !1;
                } finally {
                    pending = void 0;
                }
                return resolved;
            };
            return void 0 === isExpired ? async options => (hasResult && !options?.forceRefresh || (resolved = await coalesceProvider(options)), 
            resolved) : async options => (hasResult && !options?.forceRefresh || (resolved = await coalesceProvider(options)), 
            isConstant ? resolved : requiresRefresh(resolved) ? isExpired(resolved) ? (await coalesceProvider(options), 
            resolved) : resolved : (isConstant = !0, resolved));
        }, exports.normalizeProvider = input => {
            if ("function" == typeof input) return input;
            const promisified = Promise.resolve(input);
            return () => promisified;
        }, exports.setFeature = function(context, feature, value) {
            context.__smithy_context ? context.__smithy_context.features || (context.__smithy_context.features = {}) : context.__smithy_context = {
                features: {}
            }, context.__smithy_context.features[feature] = value;
        };
    },
    4645: (__unused_webpack_module, exports, __webpack_require__) => {
        const {nv: nv, NumericValue: NumericValue, calculateBodyLength: calculateBodyLength, generateIdempotencyToken: generateIdempotencyToken, fromBase64: fromBase64, _parseEpochTimestamp: _parseEpochTimestamp} = __webpack_require__(2430), {hasOwn: hasOwn} = __webpack_require__(4534), {HttpRequest: HttpRequest, collectBody: collectBody, SerdeContext: SerdeContext, AbstractRpcV2Protocol: AbstractRpcV2Protocol} = __webpack_require__(3422), {NormalizedSchema: NormalizedSchema, TypeRegistry: TypeRegistry} = __webpack_require__(6890);
        function alloc(size) {
            return "undefined" != typeof Buffer ? Buffer.alloc(size) : new Uint8Array(size);
        }
        const tagSymbol = Symbol("@smithy/core/cbor::tagSymbol");
        function tag(data) {
            return data[tagSymbol] = !0, data;
        }
        const USE_BUFFER$3 = "undefined" != typeof Buffer, textDecoder$1 = new TextDecoder;
        let payload$1 = alloc(0), isBuffer$1 = !1, dataView$2 = new DataView(payload$1.buffer, payload$1.byteOffset, payload$1.byteLength), _offset = 0;
        function decode(at, to) {
            if (at >= to) throw new Error("unexpected end of (decode) payload.");
            const major = (224 & payload$1[at]) >> 5, minor = 31 & payload$1[at];
            if (31 === minor && 2 <= major && major <= 5) return function(at, to) {
                const major = (224 & payload$1[at]) >> 5;
                if (31 === (31 & payload$1[at])) switch (major) {
                  case 3:
                    return function(at, to) {
                        const vector = [];
                        for (const base = at += 1; at < to; ) {
                            if (255 === payload$1[at]) {
                                const data = alloc(vector.length);
                                return data.set(vector, 0), _offset = at - base + 2, USE_BUFFER$3 ? data.toString("utf-8", 0, data.length) : textDecoder$1.decode(data);
                            }
                            const major = (224 & payload$1[at]) >> 5, minor = 31 & payload$1[at];
                            if (3 !== major && unexpectedMajorInIndefiniteString(major), 31 === minor) throw new Error("nested indefinite string.");
                            const bytes = decodeUnstructuredByteString(at, to);
                            at += _offset;
                            for (let i = 0; i < bytes.length; ++i) vector.push(bytes[i]);
                        }
                        throw new Error("expected break marker.");
                    }(at, to);

                  case 5:
                    return function(at, to) {
                        const base = at += 1, map = {};
                        for (;at < to; ) {
                            if (255 === payload$1[at]) return _offset = at - base + 2, map;
                            const key = decodeUtf8String(at, to);
                            at += _offset, map[key] = decode(at, to), at += _offset;
                        }
                        throw new Error("expected break marker.");
                    }(at, to);

                  case 4:
                    return function(at, to) {
                        const list = [];
                        for (const base = at += 1; at < to; ) {
                            if (255 === payload$1[at]) return _offset = at - base + 2, list;
                            list.push(decode(at, to)), at += _offset;
                        }
                        throw new Error("expected break marker.");
                    }(at, to);

                  case 2:
                    return function(at, to) {
                        const vector = [];
                        for (const base = at += 1; at < to; ) {
                            if (255 === payload$1[at]) {
                                const data = alloc(vector.length);
                                return data.set(vector, 0), _offset = at - base + 2, data;
                            }
                            const major = (224 & payload$1[at]) >> 5, minor = 31 & payload$1[at];
                            if (2 !== major && unexpectedMajorInIndefiniteString(major), 31 === minor) throw new Error("nested indefinite string.");
                            const bytes = decodeUnstructuredByteString(at, to);
                            at += _offset;
                            for (let i = 0; i < bytes.length; ++i) vector.push(bytes[i]);
                        }
                        throw new Error("expected break marker.");
                    }(at, to);
                }
            }(at, to);
            switch (major) {
              case 0:
              case 1:
              case 6:
                {
                    let unsignedInt, offset;
                    if (minor < 24) unsignedInt = minor, offset = 1; else switch (minor) {
                      case 24:
                        to - at < 2 && overflow$1(1), unsignedInt = payload$1[at + 1], offset = 2;
                        break;

                      case 25:
                        to - at < 3 && overflow$1(2), unsignedInt = dataView$2.getUint16(at + 1), offset = 3;
                        break;

                      case 26:
                        to - at < 5 && overflow$1(4), unsignedInt = dataView$2.getUint32(at + 1), offset = 5;
                        break;

                      case 27:
                        to - at < 9 && overflow$1(8);
                        {
                            const hi = dataView$2.getUint32(at + 1);
                            unsignedInt = hi < 2097152 ? 4294967296 * hi + dataView$2.getUint32(at + 5) : dataView$2.getBigUint64(at + 1);
                        }
                        offset = 9;
                        break;

                      default:
                        unexpectedMinor(minor);
                    }
                    if (0 === major) return _offset = offset, castBigInt$1(unsignedInt);
                    if (1 === major) {
                        let negativeInt;
                        return negativeInt = "bigint" == typeof unsignedInt ? BigInt(-1) - unsignedInt : -1 - unsignedInt, 
                        _offset = offset, castBigInt$1(negativeInt);
                    }
                    return function(at, to, minor, unsignedInt, offset) {
                        if (2 === minor || 3 === minor) {
                            const length = decodeCount$1(at + offset, to);
                            let b = BigInt(0);
                            const start = at + offset + _offset;
                            for (let i = start; i < start + length; ++i) b = b << BigInt(8) | BigInt(payload$1[i]);
                            return _offset = offset + _offset + length, 3 === minor ? -b - BigInt(1) : b;
                        }
                        if (4 === minor) {
                            const decimalFraction = decode(at + offset, to), [rawExponent, mantissa] = decimalFraction, absMantissa = BigInt(mantissa < 0 ? -1 : 1) * BigInt(mantissa), mantissaDigits = String(absMantissa), sign = mantissa < 0 ? "-" : "";
                            let numericString;
                            if ("number" == typeof rawExponent && Math.abs(rawExponent) <= 2 ** 28) {
                                const exponent = rawExponent, mantissaStr = "0".repeat(Math.abs(exponent) + 1) + mantissaDigits;
                                numericString = 0 === exponent ? mantissaStr : mantissaStr.slice(0, mantissaStr.length + exponent) + "." + mantissaStr.slice(exponent), 
                                numericString = numericString.replace(/^0+/g, ""), "" === numericString && (numericString = "0"), 
                                "." === numericString[0] && (numericString = "0" + numericString), numericString = sign + numericString;
                            } else {
                                const bigExponent = BigInt(rawExponent);
                                if (1 === mantissaDigits.length) numericString = sign + mantissaDigits + "e" + String(bigExponent); else {
                                    const adjustedExp = bigExponent + BigInt(mantissaDigits.length - 1);
                                    numericString = sign + mantissaDigits[0] + "." + mantissaDigits.slice(1) + "e" + String(adjustedExp);
                                }
                            }
                            return _offset = offset + _offset, nv(numericString);
                        }
                        {
                            const value = decode(at + offset, to);
                            return _offset = offset + _offset, tag({
                                tag: castBigInt$1(unsignedInt),
                                value: value
                            });
                        }
                    }(at, to, minor, unsignedInt, offset);
                }

              case 3:
                return decodeUtf8String(at, to);

              case 5:
                return function(at, to) {
                    const mapDataLength = decodeCount$1(at, to);
                    return mapDataLength < 25 ? function(at, to, mapDataLength) {
                        const offset = _offset, base = at += offset, map = {};
                        for (let i = 0; i < mapDataLength; ++i) {
                            const key = decodeUtf8String(at, to);
                            at += _offset, map[key] = decode(at, to), at += _offset;
                        }
                        return _offset = offset + (at - base), map;
                    }(at, to, mapDataLength) : function(at, to, mapDataLength) {
                        const offset = _offset, base = at += offset, map = Object.create(null);
                        for (let i = 0; i < mapDataLength; ++i) {
                            const key = decodeUtf8String(at, to), valMajor = (224 & payload$1[at += _offset]) >> 5;
                            map[key] = 3 === valMajor ? decodeUtf8String(at, to) : decode(at, to), at += _offset;
                        }
                        return _offset = offset + (at - base), Object.setPrototypeOf(map, Object.prototype), 
                        map;
                    }(at, to, mapDataLength);
                }(at, to);

              case 4:
                return function(at, to) {
                    const listDataLength = decodeCount$1(at, to), offset = _offset, base = at += offset, list = Array(listDataLength);
                    for (let i = 0; i < listDataLength; ++i) list[i] = decode(at, to), at += _offset;
                    return _offset = offset + (at - base), list;
                }(at, to);

              case 2:
                return decodeUnstructuredByteString(at, to);

              default:
                return function(at, to) {
                    const minor = 31 & payload$1[at];
                    switch (minor) {
                      case 21:
                      case 20:
                        return _offset = 1, 21 === minor;

                      case 22:
                      case 23:
                        return _offset = 1, null;

                      case 25:
                        if (to - at < 3) throw new Error("incomplete float16 at end of buf.");
                        return _offset = 3, function(a, b) {
                            const exponent = (124 & a) >> 2, fraction = (3 & a) << 8 | b, scalar = a >> 7 ? -1 : 1;
                            return 0 === exponent ? 0 === fraction ? 0 : scalar * (Math.pow(2, -14) * (fraction / 1024)) : 31 === exponent ? 0 === fraction ? scalar * (1 / 0) : NaN : scalar * (Math.pow(2, exponent - 15) * (1 + fraction / 1024));
                        }(payload$1[at + 1], payload$1[at + 2]);

                      case 26:
                        if (to - at < 5) throw new Error("incomplete float32 at end of buf.");
                        return _offset = 5, dataView$2.getFloat32(at + 1);

                      case 27:
                        if (to - at < 9) throw new Error("incomplete float64 at end of buf.");
                        return _offset = 9, dataView$2.getFloat64(at + 1);

                      default:
                        unexpectedMinor(minor);
                    }
                }(at, to);
            }
        }
        function decodeUtf8String(at, to) {
            const length = decodeCount$1(at, to), offset = _offset;
            return to - (at += offset) < length && overflow$1(length), _offset = offset + length, 
            length < 24 ? function(at, length) {
                let h = length;
                for (let i = 0; i < length; ++i) h = 31 * h + payload$1[at + i] | 0;
                const slot = h >>> 0 & 2047, cached = stringCache$1[slot];
                if (void 0 !== cached && cached.length === length) {
                    let match = !0;
                    for (let i = 0; i < length; ++i) if (cached.charCodeAt(i) !== payload$1[at + i]) {
                        match = !1;
                        break;
                    }
                    if (match) return stringCacheEpochs$1[slot] = cacheEpoch$1, cached;
                }
                const result = isBuffer$1 ? payload$1.toString("utf-8", at, at + length) : textDecoder$1.decode(payload$1.subarray(at, at + length));
                return stringCacheEpochs$1[slot] !== cacheEpoch$1 && (stringCache$1[slot] = result, 
                stringCacheEpochs$1[slot] = cacheEpoch$1), result;
            }(at, length) : isBuffer$1 ? payload$1.toString("utf-8", at, at + length) : textDecoder$1.decode(payload$1.subarray(at, at + length));
        }
        const stringCache$1 = new Array(2048), stringCacheEpochs$1 = new Uint16Array(2048);
        let cacheEpoch$1 = 0;
        function decodeUnstructuredByteString(at, to) {
            const length = decodeCount$1(at, to), offset = _offset;
            to - (at += offset) < length && overflow$1(length);
            const value = payload$1.subarray(at, at + length);
            return _offset = offset + length, value;
        }
        function decodeCount$1(at, to) {
            const minor = 31 & payload$1[at];
            if (minor < 24) return _offset = 1, minor;
            switch (minor) {
              case 24:
                return to - at < 2 && overflow$1(1), _offset = 2, payload$1[at + 1];

              case 25:
                return to - at < 3 && overflow$1(2), _offset = 3, dataView$2.getUint16(at + 1);

              case 26:
                return to - at < 5 && overflow$1(4), _offset = 5, dataView$2.getUint32(at + 1);

              case 27:
                return to - at < 9 && overflow$1(8), _offset = 9, function(bigInteger) {
                    const num = Number(bigInteger);
                    return (num < Number.MIN_SAFE_INTEGER || Number.MAX_SAFE_INTEGER < num) && console.warn(new Error(`@smithy/core/cbor - truncating BigInt(${bigInteger}) to ${num} with loss of precision.`)), 
                    num;
                }(dataView$2.getBigUint64(at + 1));

              default:
                unexpectedMinor(minor);
            }
        }
        function castBigInt$1(bigInt) {
            if ("number" == typeof bigInt) return bigInt;
            const num = Number(bigInt);
            return Number.MIN_SAFE_INTEGER <= num && num <= Number.MAX_SAFE_INTEGER ? num : bigInt;
        }
        function overflow$1(n) {
            throw new Error(`length ${n} greater than remaining buf len.`);
        }
        function unexpectedMinor(minor) {
            throw new Error(`unexpected minor value ${minor}.`);
        }
        function unexpectedMajorInIndefiniteString(major) {
            throw new Error(`unexpected major type ${major} in indefinite string.`);
        }
        const USE_BUFFER$2 = "undefined" != typeof Buffer, encodeStringCache = new Map;
        let encodeCacheEpoch$1 = 0, encodeCacheSaturated$1 = !1, data = alloc(2048), dataView$1 = new DataView(data.buffer, data.byteOffset, data.byteLength), cursor$1 = 0;
        function toUint8Array() {
            const out = alloc(cursor$1);
            return out.set(data.subarray(0, cursor$1), 0), cursor$1 = 0, out;
        }
        function resize(size) {
            const old = data;
            data = alloc(size), old && (old.copy ? old.copy(data, 0, 0, old.byteLength) : data.set(old, 0)), 
            dataView$1 = new DataView(data.buffer, data.byteOffset, data.byteLength);
        }
        function encodeStringCached(input) {
            const cached = encodeStringCache.get(input);
            if (void 0 !== cached) return data.set(cached.bytes, cursor$1), cursor$1 += cached.bytes.length, 
            void (cached.epoch = encodeCacheEpoch$1);
            const start = cursor$1;
            encodeInteger(3, Buffer.byteLength(input)), cursor$1 += data.write(input, cursor$1);
            const bytes = Uint8Array.prototype.slice.call(data, start, cursor$1);
            if (encodeStringCache.size >= 2048) {
                if (encodeCacheSaturated$1) return;
                let evicted = 0;
                for (const [key, entry] of encodeStringCache) {
                    if (evicted >= 1024) break;
                    entry.epoch !== encodeCacheEpoch$1 && (encodeStringCache.delete(key), evicted++);
                }
                if (0 === evicted) return void (encodeCacheSaturated$1 = !0);
            }
            encodeStringCache.size < 2048 && encodeStringCache.set(input, {
                epoch: encodeCacheEpoch$1,
                bytes: bytes
            });
        }
        function ensureSpace(bytes) {
            data.byteLength - cursor$1 < bytes && resize(cursor$1 < 16e6 ? Math.max(4 * data.byteLength, data.byteLength + bytes) : data.byteLength + bytes + 16e6);
        }
        function encodeHeader$1(major, value) {
            value < 24 ? data[cursor$1++] = major << 5 | value : value < 256 ? (data[cursor$1++] = major << 5 | 24, 
            data[cursor$1++] = value) : value < 65536 ? (data[cursor$1++] = major << 5 | 25, 
            dataView$1.setUint16(cursor$1, value), cursor$1 += 2) : value < 4294967296 ? (data[cursor$1++] = major << 5 | 26, 
            dataView$1.setUint32(cursor$1, value), cursor$1 += 4) : (data[cursor$1++] = major << 5 | 27, 
            dataView$1.setBigUint64(cursor$1, "bigint" == typeof value ? value : BigInt(value)), 
            cursor$1 += 8);
        }
        function encodeInteger(major, value) {
            if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) data[cursor$1++] = major << 5 | 24, 
            data[cursor$1++] = value; else if (value < 65536) data[cursor$1++] = major << 5 | 25, 
            data[cursor$1++] = value >> 8, data[cursor$1++] = 255 & value; else if (value < 4294967296) data[cursor$1++] = major << 5 | 26, 
            dataView$1.setUint32(cursor$1, value), cursor$1 += 4; else {
                data[cursor$1++] = major << 5 | 27;
                const hi = value / 4294967296 | 0, lo = value - 4294967296 * hi | 0;
                dataView$1.setUint32(cursor$1, hi), dataView$1.setUint32(cursor$1 + 4, lo), cursor$1 += 8;
            }
        }
        const cbor = {
            deserialize: payload => (cacheEpoch$1 = cacheEpoch$1 + 1 & 65535, payload$1 = payload, 
            isBuffer$1 = USE_BUFFER$3 && payload$1 instanceof Buffer, dataView$2 = new DataView(payload$1.buffer, payload$1.byteOffset, payload$1.byteLength), 
            decode(0, payload.length)),
            serialize(input) {
                encodeCacheEpoch$1 = encodeCacheEpoch$1 + 1 & 65535, encodeCacheSaturated$1 = !1;
                try {
                    return function(_input) {
                        const encodeStack = [ _input ];
                        for (;encodeStack.length; ) {
                            const input = encodeStack.pop();
                            if ("string" == typeof input) {
                                const len = input.length;
                                if (USE_BUFFER$2) ensureSpace(3 * len + 9), len > 23 ? (encodeHeader$1(3, Buffer.byteLength(input)), 
                                cursor$1 += data.write(input, cursor$1)) : encodeStringCached(input); else {
                                    ensureSpace(3 * len + 9);
                                    const headerPos = cursor$1, byteLen = (new TextEncoder).encodeInto(input, data.subarray(cursor$1 + 9)).written;
                                    let headerSize;
                                    headerSize = byteLen < 24 ? 1 : byteLen < 256 ? 2 : byteLen < 65536 ? 3 : byteLen < 4294967296 ? 5 : 9, 
                                    headerSize < 9 && data.copyWithin(headerPos + headerSize, headerPos + 9, headerPos + 9 + byteLen), 
                                    cursor$1 = headerPos, encodeInteger(3, byteLen), cursor$1 += byteLen;
                                }
                                continue;
                            }
                            if (data.byteLength - cursor$1 < 9 && ensureSpace(64), "number" != typeof input) {
                                if ("bigint" == typeof input) {
                                    const nonNegative = input >= 0, major = nonNegative ? 0 : 1, value = nonNegative ? input : -input - BigInt(1);
                                    if (value < BigInt("18446744073709551616")) {
                                        const n = Number(value);
                                        n < 4294967296 ? encodeInteger(major, n) : (data[cursor$1++] = major << 5 | 27, 
                                        dataView$1.setBigUint64(cursor$1, value), cursor$1 += 8);
                                    } else {
                                        const binaryBigInt = value.toString(2), bigIntBytes = new Uint8Array(Math.ceil(binaryBigInt.length / 8));
                                        let b = value, i = 0;
                                        for (;bigIntBytes.byteLength - ++i >= 0; ) bigIntBytes[bigIntBytes.byteLength - i] = Number(b & BigInt(255)), 
                                        b >>= BigInt(8);
                                        ensureSpace(2 * bigIntBytes.byteLength + 16), data[cursor$1++] = nonNegative ? 194 : 195, 
                                        encodeHeader$1(2, bigIntBytes.byteLength), data.set(bigIntBytes, cursor$1), cursor$1 += bigIntBytes.byteLength;
                                    }
                                    continue;
                                }
                                if (null !== input) if ("boolean" != typeof input) {
                                    if (void 0 === input) throw new Error("@smithy/core/cbor: client may not serialize undefined value.");
                                    if (Array.isArray(input)) {
                                        encodeInteger(4, input.length), ensureSpace(9 * input.length + 64);
                                        for (let i = input.length - 1; i >= 0; --i) encodeStack.push(input[i]);
                                    } else {
                                        if ("number" != typeof input.byteLength) {
                                            if ("object" == typeof input) {
                                                if (input instanceof NumericValue) {
                                                    let str = input.string, expOffset = BigInt(0);
                                                    const eIndex = str.search(/[eE]/);
                                                    -1 !== eIndex && (expOffset = BigInt(str.slice(eIndex + 1)), str = str.slice(0, eIndex));
                                                    const decimalIndex = str.indexOf("."), fractionDigits = -1 === decimalIndex ? 0 : str.length - decimalIndex - 1, exponent = expOffset - BigInt(fractionDigits), mantissa = BigInt(str.replace(".", ""));
                                                    data[cursor$1++] = 196, encodeInteger(4, 2), encodeStack.push(mantissa), encodeStack.push(exponent >= -0x20000000000000n && exponent <= 0x1fffffffffffffn ? Number(exponent) : exponent);
                                                    continue;
                                                }
                                                if (input[tagSymbol]) {
                                                    if ("tag" in input && "value" in input) {
                                                        encodeStack.push(input.value), encodeHeader$1(6, input.tag);
                                                        continue;
                                                    }
                                                    throw new Error("tag encountered with missing fields, need 'tag' and 'value', found: " + JSON.stringify(input));
                                                }
                                                const keys = Object.keys(input), len = keys.length;
                                                encodeInteger(5, len);
                                                for (let i = len - 1; i >= 0; --i) encodeStack.push(input[keys[i]]), encodeStack.push(keys[i]);
                                                continue;
                                            }
                                            throw new Error(`data type ${input?.constructor?.name ?? typeof input} not compatible for encoding.`);
                                        }
                                        ensureSpace(2 * input.length + 9), encodeInteger(2, input.length), data.set(input, cursor$1), 
                                        cursor$1 += input.byteLength;
                                    }
                                } else data[cursor$1++] = 224 | (input ? 21 : 20); else data[cursor$1++] = 246;
                            } else {
                                if (Number.isInteger(input) && input >= -9007199254740992 && input <= 9007199254740991) {
                                    const nonNegative = input >= 0, major = nonNegative ? 0 : 1, value = nonNegative ? input : -input - 1;
                                    if (value < 24) data[cursor$1++] = major << 5 | value; else if (value < 256) data[cursor$1++] = major << 5 | 24, 
                                    data[cursor$1++] = value; else if (value < 65536) data[cursor$1++] = major << 5 | 25, 
                                    data[cursor$1++] = value >> 8, data[cursor$1++] = 255 & value; else if (value < 4294967296) data[cursor$1++] = major << 5 | 26, 
                                    dataView$1.setUint32(cursor$1, value), cursor$1 += 4; else {
                                        data[cursor$1++] = major << 5 | 27;
                                        const hi = value / 4294967296 | 0, lo = value - 4294967296 * hi | 0;
                                        dataView$1.setUint32(cursor$1, hi), dataView$1.setUint32(cursor$1 + 4, lo), cursor$1 += 8;
                                    }
                                    continue;
                                }
                                data[cursor$1++] = 251, dataView$1.setFloat64(cursor$1, input), cursor$1 += 8;
                            }
                        }
                    }(input), toUint8Array();
                } catch (e) {
                    throw toUint8Array(), e;
                }
            },
            resizeEncodingBuffer(size) {
                resize(size);
            }
        }, parseCborBody = (streamBody, context) => collectBody(streamBody, context).then(async bytes => {
            if (bytes.length) try {
                return cbor.deserialize(bytes);
            } catch (e) {
                throw Object.defineProperty(e, "$responseBodyText", {
                    value: context.utf8Encoder(bytes)
                }), e;
            }
            return {};
        }), dateToTag = date => tag({
            tag: 1,
            value: date.getTime() / 1e3
        }), loadSmithyRpcV2CborErrorCode = (output, data) => {
            if (void 0 !== data.__type) return (rawValue => {
                let cleanValue = rawValue;
                return "number" == typeof cleanValue && (cleanValue = cleanValue.toString()), cleanValue.indexOf(",") >= 0 && (cleanValue = cleanValue.split(",")[0]), 
                cleanValue.indexOf(":") >= 0 && (cleanValue = cleanValue.split(":")[0]), cleanValue;
            })(data.__type);
        };
        class CborShapeSerializer2 extends SerdeContext {
            write(schema, value) {
                cursor = 0, writeValue(NormalizedSchema.of(schema), value, 0, this.serdeContext);
            }
            flush() {
                const result = buf.subarray(0, cursor);
                return cursor = 0, buf = allocUnsafe(INITIAL_BUFFER_SIZE), view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength), 
                result;
            }
        }
        const CBOR_STRUCT_CACHE = Symbol.for("@smithy/cbor-struct-cache");
        function loadCborStructIterator(ns) {
            const schema = ns.getSchema(), existing = schema[CBOR_STRUCT_CACHE];
            if (existing) return existing;
            const memberNames = [], memberSchemas = [];
            for (const [name, memberSchema] of ns.structIterator()) memberNames.push(name), 
            memberSchemas.push(memberSchema);
            const encodedKeys = new Array(memberNames.length);
            for (let i = 0; i < memberNames.length; ++i) encodedKeys[i] = encodeCborStringKey(memberNames[i]);
            const cache = {
                memberNames: memberNames,
                memberSchemas: memberSchemas,
                encodedKeys: encodedKeys
            };
            return schema[CBOR_STRUCT_CACHE] = cache, cache;
        }
        function encodeCborStringKey(s) {
            let utf8Bytes;
            utf8Bytes = USE_BUFFER$1 ? Buffer.from(s, "utf-8") : (new TextEncoder).encode(s);
            const byteLen = utf8Bytes.length;
            let headerSize;
            headerSize = byteLen < 24 ? 1 : byteLen < 256 ? 2 : 3;
            const result = new Uint8Array(headerSize + byteLen);
            return 1 === headerSize ? result[0] = 96 | byteLen : 2 === headerSize ? (result[0] = 120, 
            result[1] = byteLen) : (result[0] = 121, result[1] = byteLen >> 8, result[2] = 255 & byteLen), 
            result.set(utf8Bytes, headerSize), result;
        }
        const USE_BUFFER$1 = "undefined" != typeof Buffer, textEncoder = new TextEncoder, INITIAL_BUFFER_SIZE = 2048;
        let buf = USE_BUFFER$1 ? Buffer.allocUnsafe(INITIAL_BUFFER_SIZE) : new Uint8Array(INITIAL_BUFFER_SIZE), view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength), cursor = 0;
        const STRING_CACHE_MAX = 2048, stringEncodeCache = new Map;
        let encodeCacheEpoch = 0, encodeCacheSaturated = !1;
        function allocUnsafe(size) {
            return USE_BUFFER$1 ? Buffer.allocUnsafe(size) : new Uint8Array(size);
        }
        function writeValue(ns, value, container, serdeContext) {
            if (null == value) return void 0 === value && ns.isIdempotencyToken() ? void writeString(generateIdempotencyToken()) : (ensure(1), 
            void (buf[cursor++] = 246));
            if (ns.isUnitSchema()) return ensure(1), void encodeHeader(5, 0);
            if ("object" == typeof value) {
                if (ns.isBlobSchema() && value instanceof Uint8Array) return void writeBytes(value);
                if (ns.isTimestampSchema() && value instanceof Date) return void writeTimestamp(value);
                if (ns.isStructSchema()) return void function(ns, value, serdeContext) {
                    if (ns.isUnionSchema()) {
                        let wrote = !1;
                        for (const [memberName, memberSchema] of ns.structIterator()) {
                            const item = value[memberName];
                            if (null != item) {
                                ensure(9), encodeHeader(5, 1), writeString(memberName), writeValue(memberSchema, item, 0, serdeContext), 
                                wrote = !0;
                                break;
                            }
                        }
                        if (!wrote) {
                            const {$unknown: $unknown} = value;
                            Array.isArray($unknown) ? (ensure(9), encodeHeader(5, 1), writeString($unknown[0]), 
                            writeUntypedValue($unknown[1])) : (ensure(9), encodeHeader(5, 0));
                        }
                        return;
                    }
                    const cache = loadCborStructIterator(ns), {memberNames: memberNames, memberSchemas: memberSchemas, encodedKeys: encodedKeys} = cache, z = memberNames.length;
                    let headerSize;
                    headerSize = z < 24 ? 1 : z < 256 ? 2 : 3, ensure(headerSize);
                    const headerPos = cursor;
                    cursor += headerSize;
                    let count = 0;
                    for (let i = 0; i < z; ++i) {
                        const item = value[memberNames[i]];
                        if (null == item && !memberSchemas[i].isIdempotencyToken()) continue;
                        const key = encodedKeys[i];
                        ensure(key.length), buf.set(key, cursor), cursor += key.length, writeValue(memberSchemas[i], item, 0, serdeContext), 
                        ++count;
                    }
                    if ("string" == typeof value.__type) for (const k in value) hasOwn(value, k) && (memberNames.includes(k) || (writeString(k), 
                    writeUntypedValue(value[k]), ++count));
                    1 === headerSize ? buf[headerPos] = 160 | count : 2 === headerSize ? (buf[headerPos] = 184, 
                    buf[headerPos + 1] = count) : (buf[headerPos] = 185, buf[headerPos + 1] = count >> 8, 
                    buf[headerPos + 2] = 255 & count);
                }(ns, value, serdeContext);
                if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) return void writeList(ns, value, ns.isDocumentSchema(), serdeContext);
                if (ns.isMapSchema()) return void writeMap(ns, value, !1, serdeContext);
                if (value instanceof Date) return void writeTimestamp(value);
                if (value instanceof Uint8Array) return void writeBytes(value);
                if (value instanceof NumericValue) return void writeNumericValue(value);
                if (value[tagSymbol]) {
                    const tagged = value;
                    return void writeTag(tagged.tag, tagged.value);
                }
                return ns.isDocumentSchema() ? void (Array.isArray(value) ? writeList(ns, value, !0, serdeContext) : writeMap(ns, value, !0, serdeContext)) : ns.isBigDecimalSchema() ? void writeUntypedValue(value) : void writeMap(ns, value, !0, serdeContext);
            }
            if ("string" != typeof value) return "number" == typeof value ? (ensure(9), void (Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991 ? writeInteger(value) : writeFloat64(value))) : "boolean" == typeof value ? (ensure(1), 
            void (buf[cursor++] = 224 | (value ? 21 : 20))) : void ("bigint" != typeof value ? writeString(String(value)) : writeBigInt(value));
            ns.isBlobSchema() ? writeBytes((serdeContext?.base64Decoder ?? fromBase64)(value)) : writeString(value);
        }
        function writeList(ns, value, isDocument, serdeContext) {
            const sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema();
            if (isDocument || sparse) {
                const items = [];
                for (let i = 0; i < value.length; ++i) {
                    const item = value[i];
                    isDocument ? void 0 !== item && items.push(item) : (null != item || sparse) && items.push(item);
                }
                ensure(9), encodeHeader(4, items.length);
                for (let i = 0; i < items.length; ++i) writeValue(valueSchema, items[i], 0, serdeContext);
            } else {
                let count = 0;
                for (let i = 0; i < value.length; ++i) null != value[i] && ++count;
                ensure(9), encodeHeader(4, count);
                for (let i = 0; i < value.length; ++i) null != value[i] && writeValue(valueSchema, value[i], 0, serdeContext);
            }
        }
        function writeMap(ns, value, isDocument, serdeContext) {
            const sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema(), keys = [];
            for (const k in value) {
                if (!hasOwn(value, k)) continue;
                const v = value[k];
                (isDocument ? void 0 !== v : null != v || sparse) && keys.push(k);
            }
            ensure(9), encodeHeader(5, keys.length);
            for (let i = 0; i < keys.length; ++i) {
                const k = keys[i];
                writeString(k), writeValue(valueSchema, value[k], 0, serdeContext);
            }
        }
        function writeUntypedValue(value) {
            if (null == value) return ensure(1), void (buf[cursor++] = 246);
            if ("string" != typeof value) {
                if ("number" == typeof value) return ensure(9), void (Number.isInteger(value) && value >= -9007199254740992 && value <= 9007199254740991 ? writeInteger(value) : writeFloat64(value));
                if ("boolean" == typeof value) return ensure(1), void (buf[cursor++] = 224 | (value ? 21 : 20));
                if ("bigint" != typeof value) if (value instanceof Uint8Array) writeBytes(value); else if (value instanceof Date) writeTimestamp(value); else if (value instanceof NumericValue) writeNumericValue(value); else {
                    if (value[tagSymbol]) {
                        const tagged = value;
                        return void writeTag(tagged.tag, tagged.value);
                    }
                    if (Array.isArray(value)) {
                        ensure(9), encodeHeader(4, value.length);
                        for (let i = 0; i < value.length; ++i) writeUntypedValue(value[i]);
                    } else {
                        if ("object" == typeof value) {
                            const keys = Object.keys(value);
                            ensure(9), encodeHeader(5, keys.length);
                            for (let i = 0; i < keys.length; ++i) writeString(keys[i]), writeUntypedValue(value[keys[i]]);
                            return;
                        }
                        writeString(String(value));
                    }
                } else writeBigInt(value);
            } else writeString(value);
        }
        function ensure(n) {
            if (cursor + n > buf.length) {
                let newSize = 2 * buf.length;
                for (;newSize < cursor + n; ) newSize *= 2;
                const next = allocUnsafe(newSize);
                next.set(buf.subarray(0, cursor)), buf = next, view = new DataView(next.buffer, next.byteOffset, next.byteLength);
            }
        }
        function encodeHeader(major, value) {
            if (value < 24) buf[cursor++] = major << 5 | value; else if (value < 256) buf[cursor++] = major << 5 | 24, 
            buf[cursor++] = value; else if (value < 65536) buf[cursor++] = major << 5 | 25, 
            buf[cursor++] = value >> 8, buf[cursor++] = 255 & value; else if (value < 4294967296) buf[cursor++] = major << 5 | 26, 
            view.setUint32(cursor, value), cursor += 4; else {
                buf[cursor++] = major << 5 | 27;
                const hi = value / 4294967296 | 0, lo = value - 4294967296 * hi | 0;
                view.setUint32(cursor, hi), view.setUint32(cursor + 4, lo), cursor += 8;
            }
        }
        function encodeBigHeader(major, value) {
            const n = Number(value);
            n < 4294967296 ? encodeHeader(major, n) : (buf[cursor++] = major << 5 | 27, view.setBigUint64(cursor, value), 
            cursor += 8);
        }
        function writeString(s) {
            const len = s.length;
            if (len <= 23) {
                const cached = stringEncodeCache.get(s);
                if (cached) return ensure(cached.bytes.length), buf.set(cached.bytes, cursor), cursor += cached.bytes.length, 
                void (cached.epoch = encodeCacheEpoch);
                const start = cursor;
                writeStringUncached(s, len);
                const end = cursor, bytes = Uint8Array.prototype.slice.call(buf, start, end);
                if (stringEncodeCache.size >= STRING_CACHE_MAX) {
                    if (encodeCacheSaturated) return;
                    let evicted = 0;
                    for (const [key, entry] of stringEncodeCache) {
                        if (evicted >= 1024) break;
                        entry.epoch !== encodeCacheEpoch && (stringEncodeCache.delete(key), ++evicted);
                    }
                    if (0 === evicted) return void (encodeCacheSaturated = !0);
                }
                return void (stringEncodeCache.size < STRING_CACHE_MAX && stringEncodeCache.set(s, {
                    epoch: encodeCacheEpoch,
                    bytes: bytes
                }));
            }
            writeStringUncached(s, len);
        }
        function writeStringUncached(s, len) {
            if (USE_BUFFER$1) ensure(3 * len + 9), encodeHeader(3, Buffer.byteLength(s)), cursor += buf.write(s, cursor); else {
                ensure(3 * len + 9);
                const headerPos = cursor, byteLen = textEncoder.encodeInto(s, buf.subarray(headerPos + 9)).written;
                let headerSize;
                headerSize = byteLen < 24 ? 1 : byteLen < 256 ? 2 : byteLen < 65536 ? 3 : byteLen < 4294967296 ? 5 : 9, 
                headerSize < 9 && buf.copyWithin(headerPos + headerSize, headerPos + 9, headerPos + 9 + byteLen), 
                cursor = headerPos, encodeHeader(3, byteLen), cursor += byteLen;
            }
        }
        function writeFloat64(value) {
            ensure(9), buf[cursor++] = 251, view.setFloat64(cursor, value), cursor += 8;
        }
        function writeInteger(value) {
            ensure(9);
            const nonNegative = value >= 0;
            encodeHeader(nonNegative ? 0 : 1, nonNegative ? value : -value - 1);
        }
        function writeBigInt(value) {
            const nonNegative = value >= 0, major = nonNegative ? 0 : 1, abs = nonNegative ? value : -value - BigInt(1);
            if (abs < BigInt("18446744073709551616")) ensure(9), encodeBigHeader(major, abs); else {
                const binaryStr = abs.toString(2), byteLen = Math.ceil(binaryStr.length / 8), bigIntBytes = new Uint8Array(byteLen);
                let b = abs;
                for (let i = byteLen - 1; i >= 0; --i) bigIntBytes[i] = Number(b & BigInt(255)), 
                b >>= BigInt(8);
                ensure(byteLen + 16), buf[cursor++] = nonNegative ? 194 : 195, encodeHeader(2, byteLen), 
                buf.set(bigIntBytes, cursor), cursor += byteLen;
            }
        }
        function writeBytes(data) {
            ensure(data.length + 9), encodeHeader(2, data.length), buf.set(data, cursor), cursor += data.length;
        }
        function writeTag(tagValue, innerValue) {
            ensure(9), "bigint" == typeof tagValue ? encodeBigHeader(6, tagValue) : encodeHeader(6, tagValue), 
            writeUntypedValue(innerValue);
        }
        function writeNumericValue(nv) {
            let str = nv.string, expOffset = BigInt(0);
            const eIndex = str.search(/[eE]/);
            -1 !== eIndex && (expOffset = BigInt(str.slice(eIndex + 1)), str = str.slice(0, eIndex));
            const decimalIndex = str.indexOf("."), fractionDigits = -1 === decimalIndex ? 0 : str.length - decimalIndex - 1, exponent = expOffset - BigInt(fractionDigits), mantissa = BigInt(str.replace(".", ""));
            ensure(9), buf[cursor++] = 196, encodeHeader(4, 2), ensure(9), exponent >= -0x20000000000000n && exponent <= 0x1fffffffffffffn ? writeInteger(Number(exponent)) : writeBigInt(exponent), 
            writeBigInt(mantissa);
        }
        function writeTimestamp(date) {
            ensure(18), encodeHeader(6, 1);
            const epochSecs = date.getTime() / 1e3;
            Number.isInteger(epochSecs) ? writeInteger(epochSecs) : writeFloat64(epochSecs);
        }
        class CborShapeDeserializer2 extends SerdeContext {
            read(schema, bytes) {
                return payload = bytes, isBuffer = USE_BUFFER && bytes instanceof Buffer, dataView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 
                pos = 0, end = bytes.length, cacheEpoch = cacheEpoch + 1 & 65535, readValue(NormalizedSchema.of(schema));
            }
            readValue(_schema, value) {
                return transformObject(NormalizedSchema.of(_schema), value);
            }
        }
        const USE_BUFFER = "undefined" != typeof Buffer, textDecoder = new TextDecoder;
        let payload = new Uint8Array(0), isBuffer = !1, dataView = new DataView(new ArrayBuffer(0)), pos = 0, end = 0;
        const STRING_CACHE_SIZE = 2048, stringCache = new Array(STRING_CACHE_SIZE), stringCacheEpochs = new Uint16Array(STRING_CACHE_SIZE);
        let cacheEpoch = 0;
        function readValue(ns) {
            if (pos >= end) throw new Error("unexpected end of CBOR payload.");
            const major = (224 & payload[pos]) >> 5;
            if (!(31 & ~payload[pos]) && major >= 2 && major <= 5) return function(ns, major) {
                switch (major) {
                  case 3:
                    return function() {
                        pos += 1;
                        const chunks = [];
                        let totalLen = 0;
                        for (;pos < end; ) {
                            if (255 === payload[pos]) {
                                pos += 1;
                                const combined = new Uint8Array(totalLen);
                                let offset = 0;
                                for (let i = 0; i < chunks.length; ++i) combined.set(chunks[i], offset), offset += chunks[i].length;
                                return USE_BUFFER ? Buffer.from(combined.buffer, combined.byteOffset, combined.byteLength).toString("utf-8") : textDecoder.decode(combined);
                            }
                            const bytes = readByteString();
                            chunks.push(bytes), totalLen += bytes.length;
                        }
                        throw new Error("expected break marker.");
                    }();

                  case 2:
                    return function() {
                        pos += 1;
                        const chunks = [];
                        let totalLen = 0;
                        for (;pos < end; ) {
                            if (255 === payload[pos]) {
                                pos += 1;
                                const combined = new Uint8Array(totalLen);
                                let offset = 0;
                                for (let i = 0; i < chunks.length; ++i) combined.set(chunks[i], offset), offset += chunks[i].length;
                                return combined;
                            }
                            const bytes = readByteString();
                            chunks.push(bytes), totalLen += bytes.length;
                        }
                        throw new Error("expected break marker.");
                    }();

                  case 4:
                    return function(ns) {
                        pos += 1;
                        const memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns, list = [];
                        for (;pos < end; ) {
                            if (255 === payload[pos]) return pos += 1, list;
                            list.push(readValue(memberSchema));
                        }
                        throw new Error("expected break marker.");
                    }(ns);

                  case 5:
                    return function(ns) {
                        if (pos += 1, ns.isStructSchema()) {
                            const cache = loadCborStructIterator(ns), {memberSchemas: memberSchemas, encodedKeys: encodedKeys, memberNames: memberNames} = cache, z = encodedKeys.length, isUnion = ns.isUnionSchema(), result = {};
                            let unknownKey, unknownValue, unknownCount = 0, hint = 0;
                            for (;pos < end; ) {
                                if (255 === payload[pos]) {
                                    if (pos += 1, isUnion) {
                                        let resultEmpty = !0;
                                        for (const _ in result) if (hasOwn(result, _)) {
                                            resultEmpty = !1;
                                            break;
                                        }
                                        resultEmpty && 1 === unknownCount && (result.$unknown = [ unknownKey, unknownValue ]);
                                    }
                                    return result;
                                }
                                const matchIdx = matchStructKey(encodedKeys, z, hint);
                                if (matchIdx >= 0) {
                                    hint = matchIdx + 1, hint >= z && (hint = 0);
                                    const val = readValue(memberSchemas[matchIdx]);
                                    null != val && (result[memberNames[matchIdx]] = val);
                                } else {
                                    const key = readUtf8String(), val = readValue(NormalizedSchema.of(15));
                                    "__type" !== key && (unknownKey = key, unknownValue = val, ++unknownCount);
                                }
                            }
                            throw new Error("expected break marker.");
                        }
                        const valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns, map = {};
                        for (;pos < end; ) {
                            if (255 === payload[pos]) return pos += 1, map;
                            map[readUtf8String()] = readValue(valueSchema);
                        }
                        throw new Error("expected break marker.");
                    }(ns);

                  default:
                    throw new Error(`unexpected indefinite length for major ${major}.`);
                }
            }(ns, major);
            switch (major) {
              case 0:
                return castBigInt(decodeArgument());

              case 1:
                return function() {
                    const val = decodeArgument();
                    return "bigint" == typeof val ? BigInt(-1) - val : -1 - val;
                }();

              case 2:
                return readByteString();

              case 3:
                return readUtf8String();

              case 4:
                return function(ns) {
                    const count = decodeCount(), memberSchema = ns.isListSchema() ? ns.getValueSchema() : ns, list = Array(count);
                    for (let i = 0; i < count; ++i) list[i] = readValue(memberSchema);
                    return list;
                }(ns);

              case 5:
                return function(ns) {
                    const count = decodeCount();
                    if (ns.isStructSchema()) return function(ns, count, startPos) {
                        const isUnion = ns.isUnionSchema(), cache = loadCborStructIterator(ns), {memberSchemas: memberSchemas, encodedKeys: encodedKeys, memberNames: memberNames} = cache, z = encodedKeys.length, result = {};
                        let unknownKey, unknownValue, unknownCount = 0, hasType = !1, hint = 0;
                        for (let i = 0; i < count; ++i) {
                            const matchIdx = matchStructKey(encodedKeys, z, hint);
                            if (matchIdx >= 0) {
                                hint = matchIdx + 1, hint >= z && (hint = 0);
                                const val = readValue(memberSchemas[matchIdx]);
                                null != val && (result[memberNames[matchIdx]] = val);
                            } else {
                                const key = readUtf8String(), val = readValue(NormalizedSchema.of(15));
                                "__type" === key && "string" == typeof val ? hasType = !0 : (unknownKey = key, unknownValue = val, 
                                ++unknownCount);
                            }
                        }
                        if (isUnion) {
                            let resultEmpty = !0;
                            for (const _ in result) if (hasOwn(result, _)) {
                                resultEmpty = !1;
                                break;
                            }
                            resultEmpty && 1 === unknownCount && (result.$unknown = [ unknownKey, unknownValue ]);
                        } else if (hasType) {
                            pos = startPos;
                            const docSchema = NormalizedSchema.of(15);
                            for (let i = 0; i < count; ++i) {
                                const key = readUtf8String(), val = readValue(docSchema);
                                key in result || (result[key] = val);
                            }
                        }
                        return result;
                    }(ns, count, pos);
                    const valueSchema = ns.isMapSchema() ? ns.getValueSchema() : ns, map = {};
                    for (let i = 0; i < count; ++i) map[readUtf8String()] = readValue(valueSchema);
                    return map;
                }(ns);

              case 6:
                return function() {
                    const tagNum = decodeArgument(), tagNumber = "bigint" == typeof tagNum ? Number(tagNum) : tagNum;
                    if (1 === tagNumber) {
                        const epochValue = readValue(NormalizedSchema.of(15));
                        return _parseEpochTimestamp(epochValue);
                    }
                    if (2 === tagNumber || 3 === tagNumber) {
                        const byteStr = readByteString();
                        let b = BigInt(0);
                        for (let i = 0; i < byteStr.length; ++i) b = b << BigInt(8) | BigInt(byteStr[i]);
                        return 3 === tagNumber ? -b - BigInt(1) : b;
                    }
                    if (4 === tagNumber) {
                        const pair = readValue(NormalizedSchema.of(15)), [rawExponent, mantissa] = pair, absMantissa = BigInt(mantissa < 0 ? -1 : 1) * BigInt(mantissa), mantissaDigits = String(absMantissa), sign = mantissa < 0 ? "-" : "";
                        let numericString;
                        if ("number" == typeof rawExponent && Math.abs(rawExponent) <= 2 ** 28) {
                            const exponent = rawExponent, mantissaStr = "0".repeat(Math.abs(exponent) + 1) + mantissaDigits;
                            numericString = 0 === exponent ? mantissaStr : mantissaStr.slice(0, mantissaStr.length + exponent) + "." + mantissaStr.slice(exponent), 
                            numericString = numericString.replace(/^0+/g, ""), "" === numericString && (numericString = "0"), 
                            "." === numericString[0] && (numericString = "0" + numericString), numericString = sign + numericString;
                        } else {
                            const bigExponent = BigInt(rawExponent);
                            if (1 === mantissaDigits.length) numericString = sign + mantissaDigits + "e" + String(bigExponent); else {
                                const adjustedExp = bigExponent + BigInt(mantissaDigits.length - 1);
                                numericString = sign + mantissaDigits[0] + "." + mantissaDigits.slice(1) + "e" + String(adjustedExp);
                            }
                        }
                        return nv(numericString);
                    }
                    const innerValue = readValue(NormalizedSchema.of(15));
                    return {
                        tag: castBigInt(tagNum),
                        value: innerValue
                    };
                }();

              case 7:
                return function() {
                    const p = pos, minor = 31 & payload[p];
                    switch (minor) {
                      case 21:
                        return pos = p + 1, !0;

                      case 20:
                        return pos = p + 1, !1;

                      case 22:
                      case 23:
                        return pos = p + 1, null;

                      case 25:
                        return end - p < 3 && overflow(2), pos = p + 3, function(a, b) {
                            const exponent = (124 & a) >> 2, fraction = (3 & a) << 8 | b, scalar = a >> 7 ? -1 : 1;
                            return 0 === exponent ? 0 === fraction ? 0 : scalar * (Math.pow(2, -14) * (fraction / 1024)) : 31 === exponent ? 0 === fraction ? scalar * (1 / 0) : NaN : scalar * (Math.pow(2, exponent - 15) * (1 + fraction / 1024));
                        }(payload[p + 1], payload[p + 2]);

                      case 26:
                        return end - p < 5 && overflow(4), pos = p + 5, dataView.getFloat32(p + 1);

                      case 27:
                        return end - p < 9 && overflow(8), pos = p + 9, dataView.getFloat64(p + 1);

                      default:
                        throw new Error(`unexpected minor value ${minor} for major 7.`);
                    }
                }();

              default:
                throw new Error(`unexpected CBOR major type ${major}.`);
            }
        }
        function matchStructKey(encodedKeys, z, hint) {
            const hintKey = encodedKeys[hint];
            if (pos + hintKey.length <= end && bytesMatch(pos, hintKey)) return pos += hintKey.length, 
            hint;
            for (let i = 0; i < z; ++i) {
                if (i === hint) continue;
                const ek = encodedKeys[i];
                if (pos + ek.length <= end && bytesMatch(pos, ek)) return pos += ek.length, i;
            }
            return -1;
        }
        function bytesMatch(at, expected) {
            const len = expected.length;
            if (payload[at] !== expected[0]) return !1;
            for (let i = 1; i < len; ++i) if (payload[at + i] !== expected[i]) return !1;
            return !0;
        }
        function decodeArgument() {
            const minor = 31 & payload[pos];
            if (minor < 24) return pos += 1, minor;
            switch (minor) {
              case 24:
                return end - pos < 2 && overflow(1), pos += 2, payload[pos - 1];

              case 25:
                return end - pos < 3 && overflow(2), pos += 3, dataView.getUint16(pos - 2);

              case 26:
                return end - pos < 5 && overflow(4), pos += 5, dataView.getUint32(pos - 4);

              case 27:
                {
                    end - pos < 9 && overflow(8), pos += 9;
                    const hi = dataView.getUint32(pos - 8);
                    return hi < 2097152 ? 4294967296 * hi + dataView.getUint32(pos - 4) : dataView.getBigUint64(pos - 8);
                }

              default:
                throw new Error(`unexpected minor value ${minor}.`);
            }
        }
        function decodeCount() {
            const val = decodeArgument();
            return "bigint" == typeof val ? Number(val) : val;
        }
        function readByteString() {
            const length = decodeCount();
            end - pos < length && overflow(length);
            const start = pos;
            return pos += length, payload.subarray(start, start + length);
        }
        function readUtf8String() {
            const length = decodeCount();
            end - pos < length && overflow(length);
            const start = pos;
            return pos += length, length < 24 ? function(at, length) {
                let h = length;
                for (let i = 0; i < length; ++i) h = 31 * h + payload[at + i] | 0;
                const slot = h >>> 0 & STRING_CACHE_SIZE - 1, cached = stringCache[slot];
                if (void 0 !== cached && cached.length === length) {
                    let match = !0;
                    for (let i = 0; i < length; ++i) if (cached.charCodeAt(i) !== payload[at + i]) {
                        match = !1;
                        break;
                    }
                    if (match) return stringCacheEpochs[slot] = cacheEpoch, cached;
                }
                const result = isBuffer ? payload.toString("utf-8", at, at + length) : textDecoder.decode(payload.subarray(at, at + length));
                return stringCacheEpochs[slot] !== cacheEpoch && (stringCache[slot] = result, stringCacheEpochs[slot] = cacheEpoch), 
                result;
            }(start, length) : isBuffer ? payload.toString("utf-8", start, start + length) : textDecoder.decode(payload.subarray(start, start + length));
        }
        function castBigInt(value) {
            if ("number" == typeof value) return value;
            const num = Number(value);
            return Number.MIN_SAFE_INTEGER <= num && num <= Number.MAX_SAFE_INTEGER ? num : value;
        }
        function overflow(n) {
            throw new Error(`CBOR: length ${n} greater than remaining buffer length.`);
        }
        function transformObject(ns, value) {
            if (ns.isTimestampSchema()) {
                if ("number" == typeof value) return _parseEpochTimestamp(value);
                if ("object" == typeof value && null !== value && 1 === value.tag && "value" in value) return _parseEpochTimestamp(value.value);
            }
            if (ns.isBlobSchema()) return value;
            if (void 0 === value || "boolean" == typeof value || "number" == typeof value || "string" == typeof value || "bigint" == typeof value || "symbol" == typeof value) return value;
            if ("object" != typeof value || null === value) return value;
            if ("byteLength" in value) return value;
            if (value instanceof Date) return value;
            if (value instanceof NumericValue) return value;
            if (ns.isDocumentSchema()) return value;
            if (ns.isListSchema()) {
                const memberSchema = ns.getValueSchema(), out = [];
                for (const item of value) out.push(transformObject(memberSchema, item));
                return out;
            }
            const newObject = {};
            if (ns.isMapSchema()) {
                const targetSchema = ns.getValueSchema();
                for (const key in value) hasOwn(value, key) && (newObject[key] = transformObject(targetSchema, value[key]));
            } else if (ns.isStructSchema()) {
                const isUnion = ns.isUnionSchema();
                let keys;
                if (isUnion) {
                    keys = new Set;
                    for (const k in value) hasOwn(value, k) && "__type" !== k && keys.add(k);
                }
                for (const [key, memberSchema] of ns.structIterator()) isUnion && keys.delete(key), 
                null != value[key] && (newObject[key] = transformObject(memberSchema, value[key]));
                if (isUnion && 1 === keys?.size) {
                    let newObjectEmpty = !0;
                    for (const _ in newObject) if (hasOwn(newObject, _)) {
                        newObjectEmpty = !1;
                        break;
                    }
                    if (newObjectEmpty) {
                        const k = keys.values().next().value;
                        newObject.$unknown = [ k, value[k] ];
                    }
                } else if ("string" == typeof value.__type) for (const k in value) hasOwn(value, k) && (k in newObject || (newObject[k] = value[k]));
            }
            return newObject;
        }
        class CborCodec extends SerdeContext {
            createSerializer() {
                const serializer = new CborShapeSerializer2;
                return serializer.setSerdeContext(this.serdeContext), serializer;
            }
            createDeserializer() {
                const deserializer = new CborShapeDeserializer2;
                return deserializer.setSerdeContext(this.serdeContext), deserializer;
            }
        }
        exports.CborCodec = CborCodec, exports.CborShapeDeserializer = class extends SerdeContext {
            read(schema, bytes) {
                const data = cbor.deserialize(bytes);
                return this.readValue(schema, data);
            }
            readValue(_schema, value) {
                const ns = NormalizedSchema.of(_schema);
                if (ns.isTimestampSchema()) {
                    if ("number" == typeof value) return _parseEpochTimestamp(value);
                    if ("object" == typeof value && 1 === value.tag && "value" in value) return _parseEpochTimestamp(value.value);
                }
                if (ns.isBlobSchema()) return "string" == typeof value ? (this.serdeContext?.base64Decoder ?? fromBase64)(value) : value;
                if (void 0 === value || "boolean" == typeof value || "number" == typeof value || "string" == typeof value || "bigint" == typeof value || "symbol" == typeof value) return value;
                if ("object" == typeof value) {
                    if (null === value) return null;
                    if ("byteLength" in value) return value;
                    if (value instanceof Date) return value;
                    if (ns.isDocumentSchema()) return value;
                    if (ns.isListSchema()) {
                        const newArray = [], memberSchema = ns.getValueSchema();
                        for (const item of value) {
                            const itemValue = this.readValue(memberSchema, item);
                            newArray.push(itemValue);
                        }
                        return newArray;
                    }
                    const newObject = {};
                    if (ns.isMapSchema()) {
                        const targetSchema = ns.getValueSchema();
                        for (const key in value) {
                            if (!hasOwn(value, key)) continue;
                            const itemValue = this.readValue(targetSchema, value[key]);
                            newObject[key] = itemValue;
                        }
                    } else if (ns.isStructSchema()) {
                        const isUnion = ns.isUnionSchema();
                        let keys;
                        if (isUnion) {
                            keys = new Set;
                            for (const k in value) hasOwn(value, k) && "__type" !== k && keys.add(k);
                        }
                        for (const [key, memberSchema] of ns.structIterator()) isUnion && keys.delete(key), 
                        null != value[key] && (newObject[key] = this.readValue(memberSchema, value[key]));
                        if (isUnion && 1 === keys?.size) {
                            let newObjectEmpty = !0;
                            for (const _ in newObject) if (hasOwn(newObject, _)) {
                                newObjectEmpty = !1;
                                break;
                            }
                            if (newObjectEmpty) {
                                const k = keys.values().next().value;
                                newObject.$unknown = [ k, value[k] ];
                            }
                        } else if ("string" == typeof value.__type) for (const k in value) hasOwn(value, k) && (k in newObject || (newObject[k] = value[k]));
                    } else if (value instanceof NumericValue) return value;
                    return newObject;
                }
                return value;
            }
        }, exports.CborShapeDeserializer2 = CborShapeDeserializer2, exports.CborShapeSerializer = class extends SerdeContext {
            value;
            write(schema, value) {
                this.value = this.serialize(schema, value);
            }
            serialize(schema, source) {
                const ns = NormalizedSchema.of(schema);
                if (null == source) return ns.isIdempotencyToken() ? generateIdempotencyToken() : source;
                if (ns.isBlobSchema()) return "string" == typeof source ? (this.serdeContext?.base64Decoder ?? fromBase64)(source) : source;
                if (ns.isTimestampSchema()) return dateToTag("number" == typeof source || "bigint" == typeof source ? new Date(Number(source) / 1e3 | 0) : source);
                if ("function" == typeof source || "object" == typeof source) {
                    const sourceObject = source;
                    if (ns.isListSchema() && Array.isArray(sourceObject)) {
                        const sparse = !!ns.getMergedTraits().sparse, newArray = [];
                        let i = 0;
                        for (const item of sourceObject) {
                            const value = this.serialize(ns.getValueSchema(), item);
                            (null != value || sparse) && (newArray[i++] = value);
                        }
                        return newArray;
                    }
                    if (sourceObject instanceof Date) return dateToTag(sourceObject);
                    const newObject = {};
                    if (ns.isMapSchema()) {
                        const sparse = !!ns.getMergedTraits().sparse;
                        for (const key in sourceObject) {
                            if (!hasOwn(sourceObject, key)) continue;
                            const value = this.serialize(ns.getValueSchema(), sourceObject[key]);
                            (null != value || sparse) && (newObject[key] = value);
                        }
                    } else if (ns.isStructSchema()) {
                        for (const [key, memberSchema] of ns.structIterator()) {
                            const value = this.serialize(memberSchema, sourceObject[key]);
                            null != value && (newObject[key] = value);
                        }
                        if (ns.isUnionSchema() && Array.isArray(sourceObject.$unknown)) {
                            const [k, v] = sourceObject.$unknown;
                            newObject[k] = v;
                        } else if ("string" == typeof sourceObject.__type) for (const k in sourceObject) hasOwn(sourceObject, k) && (k in newObject || (newObject[k] = this.serialize(15, sourceObject[k])));
                    } else if (ns.isDocumentSchema()) {
                        if (Array.isArray(sourceObject)) {
                            const newArray = [];
                            let i = 0;
                            for (const item of sourceObject) newArray[i++] = this.serialize(ns.getValueSchema(), item);
                            return newArray;
                        }
                        for (const key in sourceObject) hasOwn(sourceObject, key) && (newObject[key] = this.serialize(ns.getValueSchema(), sourceObject[key]));
                    } else if (ns.isBigDecimalSchema()) return sourceObject;
                    return newObject;
                }
                return source;
            }
            flush() {
                const buffer = cbor.serialize(this.value);
                return this.value = void 0, buffer;
            }
        }, exports.CborShapeSerializer2 = CborShapeSerializer2, exports.SmithyRpcV2CborProtocol = class extends AbstractRpcV2Protocol {
            codec=new CborCodec;
            serializer=this.codec.createSerializer();
            deserializer=this.codec.createDeserializer();
            getShapeId() {
                return "smithy.protocols#rpcv2Cbor";
            }
            getPayloadCodec() {
                return this.codec;
            }
            getSmithyProtocolHeaderValue() {
                return "rpc-v2-cbor";
            }
            applyEmptyBody(request) {
                request.body || (this.serializer.write(15, {}), request.body = this.serializer.flush()), 
                request.body instanceof Uint8Array && (request.headers["content-length"] = String(request.body.byteLength));
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                const errorIdentifier = loadSmithyRpcV2CborErrorCode(0, dataObject) ?? "Unknown", preferredNamespaces = [ "*" ], {defaultNamespace: defaultNamespace} = this.options;
                preferredNamespaces.unshift(defaultNamespace);
                const [namespace, errorShapeName] = errorIdentifier.includes("#") ? errorIdentifier.split("#") : [ void 0, errorIdentifier ];
                namespace && preferredNamespaces.unshift(namespace);
                const errorMetadata = {
                    $metadata: metadata,
                    $fault: response.statusCode < 500 ? "client" : "server"
                }, preferredRegistries = [ this.compositeErrorRegistry ];
                namespace && preferredRegistries.push(TypeRegistry.for(namespace)), preferredRegistries.push(TypeRegistry.for(defaultNamespace));
                const [errorSchema, ErrorCtor, errorMode] = this.resolveError(errorShapeName, preferredNamespaces, preferredRegistries);
                if ("native" === errorMode || "synthetic" === errorMode) {
                    dataObject.Message && (dataObject.message = dataObject.Message);
                    const error = "synthetic" === errorMode ? new ErrorCtor({
                        name: errorShapeName
                    }) : new Error(errorShapeName);
                    throw Object.assign(error, errorMetadata, dataObject);
                }
                const ns = NormalizedSchema.of(errorSchema), message = dataObject.message ?? dataObject.Message ?? "Unknown", exception = new ErrorCtor({}), output = {};
                for (const [name, member] of ns.structIterator()) output[name] = this.deserializer.readValue(member, dataObject[name]);
                throw Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output);
            }
            getDefaultContentType() {
                return "application/cbor";
            }
        }, exports.buildHttpRpcRequest = async (context, headers, path, resolvedHostname, body) => {
            const endpoint = await context.endpoint(), {hostname: hostname, protocol: protocol = "https", port: port, path: basePath} = endpoint, contents = {
                protocol: protocol,
                hostname: hostname,
                port: port,
                method: "POST",
                path: basePath.endsWith("/") ? basePath.slice(0, -1) + path : basePath + path,
                headers: {
                    ...headers
                }
            };
            if (void 0 !== resolvedHostname && (contents.hostname = resolvedHostname), endpoint.headers) for (const name in endpoint.headers) hasOwn(endpoint.headers, name) && (contents.headers[name] = endpoint.headers[name]);
            if (void 0 !== body) {
                contents.body = body;
                try {
                    contents.headers["content-length"] = String(calculateBodyLength(body));
                } catch (ignored) {}
            }
            return new HttpRequest(contents);
        }, exports.cbor = cbor, exports.checkCborResponse = response => {
            if ("rpc-v2-cbor" !== String(response.headers["smithy-protocol"]).toLowerCase()) throw new Error("Malformed RPCv2 CBOR response, status: " + response.statusCode);
        }, exports.dateToTag = dateToTag, exports.loadSmithyRpcV2CborErrorCode = loadSmithyRpcV2CborErrorCode, 
        exports.parseCborBody = parseCborBody, exports.parseCborErrorBody = async (errorBody, context) => {
            const value = await parseCborBody(errorBody, context);
            return value.message = value.message ?? value.Message, value;
        }, exports.tag = tag, exports.tagSymbol = tagSymbol;
    },
    9542: (__unused_webpack_module, exports, __webpack_require__) => {
        const {createReadStream: createReadStream} = __webpack_require__(3024), {Writable: Writable} = __webpack_require__(7075), {toUint8Array: toUint8Array, concatBytes: concatBytes} = __webpack_require__(2430), {createHash: createHash, createHmac: createHmac} = __webpack_require__(7598), zlib = __webpack_require__(8522);
        async function blobReader(blob, onChunk, chunkSize = 1048576) {
            const size = blob.size;
            let totalBytesRead = 0;
            for (;totalBytesRead < size; ) {
                const slice = blob.slice(totalBytesRead, Math.min(size, totalBytesRead + chunkSize));
                onChunk(new Uint8Array(await slice.arrayBuffer())), totalBytesRead += slice.size;
            }
        }
        class HashCalculator extends Writable {
            hash;
            constructor(hash, options) {
                super(options), this.hash = hash;
            }
            _write(chunk, encoding, callback) {
                try {
                    this.hash.update(toUint8Array(chunk));
                } catch (err) {
                    return callback(err);
                }
                callback();
            }
        }
        class Md5Js {
            digestLength=16;
            state=Uint32Array.from(INIT$1);
            writeBuffer=new DataView(new ArrayBuffer(64));
            bufferLength=0;
            bytesHashed=0;
            update(sourceData) {
                const data = toUint8Array(sourceData);
                let pos = 0, len = data.byteLength;
                for (this.bytesHashed += len; len > 0; ) this.writeBuffer.setUint8(this.bufferLength++, data[pos++]), 
                --len, 64 === this.bufferLength && (compress(this.state, this.writeBuffer), this.bufferLength = 0);
            }
            async digest() {
                const state = Uint32Array.from(this.state), buf = new DataView(this.writeBuffer.buffer.slice(0));
                let bufLen = this.bufferLength;
                const bits = 8 * this.bytesHashed;
                if (buf.setUint8(bufLen++, 128), this.bufferLength % 64 >= 56) {
                    for (let i = bufLen; i < 64; ++i) buf.setUint8(i, 0);
                    compress(state, buf), bufLen = 0;
                }
                for (let i = bufLen; i < 56; ++i) buf.setUint8(i, 0);
                buf.setUint32(56, bits >>> 0, !0), buf.setUint32(60, Math.floor(bits / 2 ** 32), !0), 
                compress(state, buf);
                const out = new Uint8Array(16), view = new DataView(out.buffer);
                for (let i = 0; i < 4; ++i) view.setUint32(4 * i, state[i], !0);
                return out;
            }
            reset() {
                this.state.set(INIT$1), this.writeBuffer = new DataView(new ArrayBuffer(64)), this.bufferLength = 0, 
                this.bytesHashed = 0;
            }
        }
        const INIT$1 = [ 1732584193, 4023233417, 2562383102, 271733878 ], M = 4294967295, S = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21), T = Array.from({
            length: 64
        }, (_, i) => Math.abs(Math.sin(i + 1)) * 2 ** 32 >>> 0);
        function compress(state, block) {
            let a = state[0], b = state[1], c = state[2], d = state[3];
            for (let i = 0; i < 64; ++i) {
                let f, g;
                i < 16 ? (f = b & c | ~b & d, g = i) : i < 32 ? (f = d & b | c & ~d, g = (5 * i + 1) % 16) : i < 48 ? (f = b ^ c ^ d, 
                g = (3 * i + 5) % 16) : (f = c ^ (b | ~d), g = 7 * i % 16);
                const x = block.getUint32(4 * g, !0), tmp = d;
                d = c, c = b;
                const s = S[4 * (i >> 4) + (3 & i)], sum = (a + f & M) + (x + T[i] & M) & M;
                b = b + ((sum << s | sum >>> 32 - s) >>> 0) & M, a = tmp;
            }
            state[0] = state[0] + a & M, state[1] = state[1] + b & M, state[2] = state[2] + c & M, 
            state[3] = state[3] + d & M;
        }
        const Md5Node = (() => {
            try {
                return createHash("md5"), !0;
            } catch {
                return !1;
            }
        })() ? class {
            digestLength=16;
            hash=createHash("md5");
            update(data) {
                this.hash.update(toUint8Array(data));
            }
            async digest() {
                const buf = this.hash.copy().digest();
                return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
            }
            reset() {
                this.hash = createHash("md5");
            }
        } : Md5Js, CRC32_TABLE = new Uint32Array(256);
        for (let i = 0; i < 256; ++i) {
            let c = i;
            for (let j = 0; j < 8; ++j) c = 1 & c ? 3988292384 ^ c >>> 1 : c >>> 1;
            CRC32_TABLE[i] = c >>> 0;
        }
        const ONES = 4294967295;
        class Crc32Js {
            digestLength=4;
            checksum=ONES;
            update(data) {
                for (let i = 0; i < data.length; ++i) this.checksum = this.checksum >>> 8 ^ CRC32_TABLE[255 & (this.checksum ^ data[i])];
            }
            digestSync() {
                return (this.checksum ^ ONES) >>> 0;
            }
            async digest() {
                const value = this.digestSync(), out = new Uint8Array(4);
                return new DataView(out.buffer).setUint32(0, value, !1), out;
            }
            reset() {
                this.checksum = ONES;
            }
        }
        const zlibCrc32 = "function" == typeof zlib.crc32 ? zlib.crc32 : void 0, Crc32Node = zlibCrc32 ? (nativeCrc32 = zlibCrc32, 
        class {
            digestLength=4;
            value=0;
            update(data) {
                this.value = nativeCrc32(data, this.value);
            }
            digestSync() {
                return this.value >>> 0;
            }
            async digest() {
                const out = new Uint8Array(4);
                return new DataView(out.buffer).setUint32(0, this.digestSync(), !1), out;
            }
            reset() {
                this.value = 0;
            }
        }) : Crc32Js;
        var nativeCrc32;
        class Sha256Js {
            digestLength=32;
            state=Int32Array.from(INIT);
            w;
            buffer=new Uint8Array(64);
            bufferLength=0;
            bytesHashed=0;
            finished=!1;
            inner;
            outer;
            constructor(secret) {
                if (secret) {
                    const key = Sha256Js.normalizeKey(secret);
                    this.inner = new Sha256Js, this.outer = new Sha256Js;
                    const {inner: inner, outer: outer} = this, pad = new Uint8Array(128);
                    for (let i = 0; i < 64; ++i) pad[i] = 54 ^ key[i], pad[i + 64] = 92 ^ key[i];
                    inner.update(pad.subarray(0, 64)), outer.update(pad.subarray(64));
                }
            }
            update(data) {
                if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
                if (this.inner) return void this.inner.update(data);
                const chunk = toUint8Array(data);
                let position = 0, {byteLength: byteLength} = chunk;
                if (this.bytesHashed += byteLength, 8 * this.bytesHashed > 9007199254740991) throw new Error("Cannot hash more than 2^53 - 1 bits");
                for (;byteLength > 0; ) this.buffer[this.bufferLength++] = chunk[position++], byteLength--, 
                64 === this.bufferLength && (this.hashBuffer(), this.bufferLength = 0);
            }
            async digest() {
                const {inner: inner, outer: outer} = this;
                if (inner && outer) {
                    if (this.finished) throw new Error("Attempted to digest an already finished HMAC.");
                    this.finished = !0;
                    const innerDigest = inner.digestSync();
                    return outer.update(innerDigest), outer.digestSync();
                }
                return this.digestSync();
            }
            reset() {
                this.state = Int32Array.from(INIT), this.buffer = new Uint8Array(64), this.bufferLength = 0, 
                this.bytesHashed = 0;
            }
            digestSync() {
                const state = this.state.slice(), buffer = this.buffer.slice();
                let bufferLength = this.bufferLength;
                const bitsHashed = 8 * this.bytesHashed, bufferView = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
                if (bufferView.setUint8(bufferLength++, 128), (bufferLength - 1) % 64 >= 56) {
                    for (let i = bufferLength; i < 64; ++i) bufferView.setUint8(i, 0);
                    this.hashBufferWith(state, buffer), bufferLength = 0;
                }
                for (let i = bufferLength; i < 56; ++i) bufferView.setUint8(i, 0);
                bufferView.setUint32(56, Math.floor(bitsHashed / 4294967296), !1), bufferView.setUint32(60, bitsHashed, !1), 
                this.hashBufferWith(state, buffer);
                const out = new Uint8Array(32);
                for (let i = 0; i < 8; ++i) out[4 * i] = state[i] >>> 24 & 255, out[4 * i + 1] = state[i] >>> 16 & 255, 
                out[4 * i + 2] = state[i] >>> 8 & 255, out[4 * i + 3] = state[i] >>> 0 & 255;
                return out;
            }
            static normalizeKey(secret) {
                const key = toUint8Array(secret);
                if (key.byteLength > 64) {
                    const h = new Sha256Js;
                    h.update(key);
                    const out = h.digestSync(), padded = new Uint8Array(64);
                    return padded.set(out), padded;
                }
                if (key.byteLength < 64) {
                    const padded = new Uint8Array(64);
                    return padded.set(key), padded;
                }
                return key;
            }
            hashBuffer() {
                this.hashBufferWith(this.state, this.buffer);
            }
            hashBufferWith(state, buffer) {
                const w = this.w ??= new Int32Array(64);
                let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4], s5 = state[5], s6 = state[6], s7 = state[7];
                for (let i = 0; i < 64; ++i) {
                    if (i < 16) w[i] = (255 & buffer[4 * i]) << 24 | (255 & buffer[4 * i + 1]) << 16 | (255 & buffer[4 * i + 2]) << 8 | 255 & buffer[4 * i + 3]; else {
                        let u = w[i - 2];
                        const t1 = (u >>> 17 | u << 15) ^ (u >>> 19 | u << 13) ^ u >>> 10;
                        u = w[i - 15];
                        const t2 = (u >>> 7 | u << 25) ^ (u >>> 18 | u << 14) ^ u >>> 3;
                        w[i] = (t1 + w[i - 7] | 0) + (t2 + w[i - 16] | 0);
                    }
                    const t1 = (((s4 >>> 6 | s4 << 26) ^ (s4 >>> 11 | s4 << 21) ^ (s4 >>> 25 | s4 << 7)) + (s4 & s5 ^ ~s4 & s6) | 0) + (s7 + (K[i] + w[i] | 0) | 0) | 0, t2 = ((s0 >>> 2 | s0 << 30) ^ (s0 >>> 13 | s0 << 19) ^ (s0 >>> 22 | s0 << 10)) + (s0 & s1 ^ s0 & s2 ^ s1 & s2) | 0;
                    s7 = s6, s6 = s5, s5 = s4, s4 = s3 + t1 | 0, s3 = s2, s2 = s1, s1 = s0, s0 = t1 + t2 | 0;
                }
                state[0] += s0, state[1] += s1, state[2] += s2, state[3] += s3, state[4] += s4, 
                state[5] += s5, state[6] += s6, state[7] += s7;
            }
        }
        const INIT = new Int32Array([ 1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225 ]), K = new Int32Array([ 1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221, 3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986, 2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895, 666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344, 430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222, 2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298 ]), Sha256Node = (() => {
            try {
                return createHash("sha256"), !0;
            } catch {
                return !1;
            }
        })() ? class {
            digestLength=32;
            secret;
            hash;
            isHmac;
            finished=!1;
            constructor(secret) {
                this.secret = secret, this.isHmac = !!secret, this.hash = this.createHash();
            }
            update(data) {
                if (this.finished) throw new Error("Attempted to update an already finished hash.");
                this.hash.update(data);
            }
            async digest() {
                let buf;
                return this.isHmac ? (this.finished = !0, buf = this.hash.digest()) : buf = this.hash.copy().digest(), 
                new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
            }
            reset() {
                this.hash = this.createHash(), this.finished = !1;
            }
            createHash() {
                return this.secret ? createHmac("sha256", "string" == typeof (data = this.secret) ? data : ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data)) : createHash("sha256");
                var data;
            }
        } : Sha256Js, {digest: digest, sign: sign, importKey: importKey} = globalThis?.crypto?.subtle ?? {}, subtle = "function" == typeof digest && "function" == typeof sign && "function" == typeof importKey ? globalThis.crypto.subtle : void 0;
        exports.Crc32 = Crc32Node, exports.Crc32Js = Crc32Js, exports.Crc32Node = Crc32Node, 
        exports.Md5 = Md5Node, exports.Md5Js = Md5Js, exports.Md5Node = Md5Node, exports.Sha256 = Sha256Node, 
        exports.Sha256Js = Sha256Js, exports.Sha256Node = Sha256Node, exports.Sha256WebCrypto = class {
            digestLength=32;
            secret;
            pending=[];
            pendingBytes=0;
            fallback;
            finished=!1;
            constructor(secret) {
                secret && (this.secret = toUint8Array(secret));
            }
            update(data) {
                if (this.finished) throw new Error("Attempted to update an already finished HMAC.");
                this.fallback ? this.fallback.update(data) : (this.pending.push(data.slice()), this.pendingBytes += data.byteLength, 
                this.pendingBytes >= 8388608 && this.switchToFallback());
            }
            async digest() {
                if (this.fallback) return this.fallback.digest();
                if (this.secret && this.finished) throw new Error("Attempted to digest an already finished HMAC.");
                const data = concatBytes(this.pending);
                if (subtle) {
                    if (this.secret) {
                        this.finished = !0;
                        const key = await subtle.importKey("raw", this.secret, {
                            name: "HMAC",
                            hash: "SHA-256"
                        }, !1, [ "sign" ]), sig = await subtle.sign("HMAC", key, data);
                        return new Uint8Array(sig);
                    }
                    const hash = await subtle.digest("SHA-256", data);
                    return new Uint8Array(hash);
                }
                const sha256 = new Sha256Js(this.secret);
                return sha256.update(data), sha256.digest();
            }
            reset() {
                this.pending = [], this.pendingBytes = 0, this.fallback = void 0, this.finished = !1;
            }
            switchToFallback() {
                const sha256Js = new Sha256Js(this.secret);
                for (const chunk of this.pending) sha256Js.update(chunk);
                this.fallback = sha256Js, this.pending = [], this.pendingBytes = 0;
            }
        }, exports.blobHasher = async function(hashCtor, blob) {
            const hash = new hashCtor;
            return await blobReader(blob, chunk => {
                hash.update(chunk);
            }), hash.digest();
        }, exports.blobReader = blobReader, exports.fileStreamHasher = (hashCtor, fileStream) => new Promise((resolve, reject) => {
            if ("string" != typeof fileStream.path) return void reject(new Error("Unable to calculate hash for non-file streams."));
            const fileStreamTee = createReadStream(fileStream.path, {
                start: fileStream.start,
                end: fileStream.end
            }), hash = new hashCtor, hashCalculator = new HashCalculator(hash);
            fileStreamTee.pipe(hashCalculator), fileStreamTee.on("error", err => {
                hashCalculator.end(), reject(err);
            }), hashCalculator.on("error", reject), hashCalculator.on("finish", function() {
                hash.digest().then(resolve).catch(reject);
            });
        }), exports.readableStreamHasher = (hashCtor, readableStream) => {
            if (null !== readableStream.readableFlowing) throw new Error("Unable to calculate hash for flowing readable stream");
            const hash = new hashCtor, hashCalculator = new HashCalculator(hash);
            return readableStream.pipe(hashCalculator), new Promise((resolve, reject) => {
                readableStream.on("error", err => {
                    hashCalculator.end(), reject(err);
                }), hashCalculator.on("error", reject), hashCalculator.on("finish", () => {
                    hash.digest().then(resolve).catch(reject);
                });
            });
        };
    },
    2658: (__unused_webpack_module, exports, __webpack_require__) => {
        const {hasOwn: hasOwn} = __webpack_require__(4534), {getSmithyContext: getSmithyContext, normalizeProvider: normalizeProvider} = __webpack_require__(4534);
        exports.getSmithyContext = getSmithyContext, exports.normalizeProvider = normalizeProvider;
        const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY, AlgorithmId: AlgorithmId} = __webpack_require__(5662);
        exports.AlgorithmId = AlgorithmId;
        const {NormalizedSchema: NormalizedSchema} = __webpack_require__(6890), getAllAliases = (name, aliases) => {
            const _aliases = [];
            if (name && _aliases.push(name), aliases) for (const alias of aliases) _aliases.push(alias);
            return _aliases;
        }, getMiddlewareNameWithAliases = (name, aliases) => `${name || "anonymous"}${aliases && aliases.length > 0 ? ` (a.k.a. ${aliases.join(",")})` : ""}`, constructStack = () => {
            let absoluteEntries = [], relativeEntries = [], identifyOnResolve = !1;
            const entriesNameSet = new Set, cloneTo = toStack => (absoluteEntries.forEach(entry => {
                toStack.add(entry.middleware, {
                    ...entry
                });
            }), relativeEntries.forEach(entry => {
                toStack.addRelativeTo(entry.middleware, {
                    ...entry
                });
            }), toStack.identifyOnResolve?.(stack.identifyOnResolve()), toStack), expandRelativeMiddlewareList = from => {
                const expandedMiddlewareList = [];
                return from.before.forEach(entry => {
                    0 === entry.before.length && 0 === entry.after.length ? expandedMiddlewareList.push(entry) : expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
                }), expandedMiddlewareList.push(from), from.after.reverse().forEach(entry => {
                    0 === entry.before.length && 0 === entry.after.length ? expandedMiddlewareList.push(entry) : expandedMiddlewareList.push(...expandRelativeMiddlewareList(entry));
                }), expandedMiddlewareList;
            }, getMiddlewareList = (debug = !1) => {
                const normalizedAbsoluteEntries = [], normalizedRelativeEntries = [], normalizedEntriesNameMap = {};
                var entries;
                return absoluteEntries.forEach(entry => {
                    const normalizedEntry = {
                        ...entry,
                        before: [],
                        after: []
                    };
                    for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
                    normalizedAbsoluteEntries.push(normalizedEntry);
                }), relativeEntries.forEach(entry => {
                    const normalizedEntry = {
                        ...entry,
                        before: [],
                        after: []
                    };
                    for (const alias of getAllAliases(normalizedEntry.name, normalizedEntry.aliases)) normalizedEntriesNameMap[alias] = normalizedEntry;
                    normalizedRelativeEntries.push(normalizedEntry);
                }), normalizedRelativeEntries.forEach(entry => {
                    if (entry.toMiddleware) {
                        const toMiddleware = normalizedEntriesNameMap[entry.toMiddleware];
                        if (void 0 === toMiddleware) {
                            if (debug) return;
                            throw new Error(`${entry.toMiddleware} is not found when adding ${getMiddlewareNameWithAliases(entry.name, entry.aliases)} middleware ${entry.relation} ${entry.toMiddleware}`);
                        }
                        "after" === entry.relation && toMiddleware.after.push(entry), "before" === entry.relation && toMiddleware.before.push(entry);
                    }
                }), (entries = normalizedAbsoluteEntries, entries.sort((a, b) => stepWeights[b.step] - stepWeights[a.step] || priorityWeights[b.priority || "normal"] - priorityWeights[a.priority || "normal"])).map(expandRelativeMiddlewareList).reduce((wholeList, expandedMiddlewareList) => (wholeList.push(...expandedMiddlewareList), 
                wholeList), []);
            }, stack = {
                add: (middleware, options = {}) => {
                    const {name: name, override: override, aliases: _aliases} = options, entry = {
                        step: "initialize",
                        priority: "normal",
                        middleware: middleware,
                        ...options
                    }, aliases = getAllAliases(name, _aliases);
                    if (aliases.length > 0) {
                        if (aliases.some(alias => entriesNameSet.has(alias))) {
                            if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                            for (const alias of aliases) {
                                const toOverrideIndex = absoluteEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                                if (-1 === toOverrideIndex) continue;
                                const toOverride = absoluteEntries[toOverrideIndex];
                                if (toOverride.step !== entry.step || entry.priority !== toOverride.priority) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware with ${toOverride.priority} priority in ${toOverride.step} step cannot be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware with ${entry.priority} priority in ${entry.step} step.`);
                                absoluteEntries.splice(toOverrideIndex, 1);
                            }
                        }
                        for (const alias of aliases) entriesNameSet.add(alias);
                    }
                    absoluteEntries.push(entry);
                },
                addRelativeTo: (middleware, options) => {
                    const {name: name, override: override, aliases: _aliases} = options, entry = {
                        middleware: middleware,
                        ...options
                    }, aliases = getAllAliases(name, _aliases);
                    if (aliases.length > 0) {
                        if (aliases.some(alias => entriesNameSet.has(alias))) {
                            if (!override) throw new Error(`Duplicate middleware name '${getMiddlewareNameWithAliases(name, _aliases)}'`);
                            for (const alias of aliases) {
                                const toOverrideIndex = relativeEntries.findIndex(entry => entry.name === alias || entry.aliases?.some(a => a === alias));
                                if (-1 === toOverrideIndex) continue;
                                const toOverride = relativeEntries[toOverrideIndex];
                                if (toOverride.toMiddleware !== entry.toMiddleware || toOverride.relation !== entry.relation) throw new Error(`"${getMiddlewareNameWithAliases(toOverride.name, toOverride.aliases)}" middleware ${toOverride.relation} "${toOverride.toMiddleware}" middleware cannot be overridden by "${getMiddlewareNameWithAliases(name, _aliases)}" middleware ${entry.relation} "${entry.toMiddleware}" middleware.`);
                                relativeEntries.splice(toOverrideIndex, 1);
                            }
                        }
                        for (const alias of aliases) entriesNameSet.add(alias);
                    }
                    relativeEntries.push(entry);
                },
                clone: () => cloneTo(constructStack()),
                use: plugin => {
                    plugin.applyToStack(stack);
                },
                remove: toRemove => "string" == typeof toRemove ? (toRemove => {
                    let isRemoved = !1;
                    const filterCb = entry => {
                        const aliases = getAllAliases(entry.name, entry.aliases);
                        if (aliases.includes(toRemove)) {
                            isRemoved = !0;
                            for (const alias of aliases) entriesNameSet.delete(alias);
                            return !1;
                        }
                        return !0;
                    };
                    return absoluteEntries = absoluteEntries.filter(filterCb), relativeEntries = relativeEntries.filter(filterCb), 
                    isRemoved;
                })(toRemove) : (toRemove => {
                    let isRemoved = !1;
                    const filterCb = entry => {
                        if (entry.middleware === toRemove) {
                            isRemoved = !0;
                            for (const alias of getAllAliases(entry.name, entry.aliases)) entriesNameSet.delete(alias);
                            return !1;
                        }
                        return !0;
                    };
                    return absoluteEntries = absoluteEntries.filter(filterCb), relativeEntries = relativeEntries.filter(filterCb), 
                    isRemoved;
                })(toRemove),
                removeByTag: toRemove => {
                    let isRemoved = !1;
                    const filterCb = entry => {
                        const {tags: tags, name: name, aliases: _aliases} = entry;
                        if (tags && tags.includes(toRemove)) {
                            const aliases = getAllAliases(name, _aliases);
                            for (const alias of aliases) entriesNameSet.delete(alias);
                            return isRemoved = !0, !1;
                        }
                        return !0;
                    };
                    return absoluteEntries = absoluteEntries.filter(filterCb), relativeEntries = relativeEntries.filter(filterCb), 
                    isRemoved;
                },
                concat: from => {
                    const cloned = cloneTo(constructStack());
                    return cloned.use(from), cloned.identifyOnResolve(identifyOnResolve || cloned.identifyOnResolve() || (from.identifyOnResolve?.() ?? !1)), 
                    cloned;
                },
                applyToStack: cloneTo,
                identify: () => getMiddlewareList(!0).map(mw => {
                    const step = mw.step ?? mw.relation + " " + mw.toMiddleware;
                    return getMiddlewareNameWithAliases(mw.name, mw.aliases) + " - " + step;
                }),
                identifyOnResolve: toggle => ("boolean" == typeof toggle && (identifyOnResolve = toggle), 
                identifyOnResolve),
                resolve: (handler, context) => {
                    for (const middleware of getMiddlewareList().map(entry => entry.middleware).reverse()) handler = middleware(handler, context);
                    return identifyOnResolve && console.log(stack.identify()), handler;
                }
            };
            return stack;
        }, stepWeights = {
            initialize: 5,
            serialize: 4,
            build: 3,
            finalizeRequest: 2,
            deserialize: 1
        }, priorityWeights = {
            high: 3,
            normal: 2,
            low: 1
        }, getCircularReplacer = () => {
            const seen = new WeakSet;
            return (key, value) => {
                if ("object" == typeof value && null !== value) {
                    if (seen.has(value)) return "[Circular]";
                    seen.add(value);
                }
                return value;
            };
        }, sleep = seconds => new Promise(resolve => setTimeout(resolve, 1e3 * seconds)), waiterServiceDefaults = {
            minDelay: 2,
            maxDelay: 120
        };
        var WaiterState;
        !function(WaiterState) {
            WaiterState.ABORTED = "ABORTED", WaiterState.FAILURE = "FAILURE", WaiterState.SUCCESS = "SUCCESS", 
            WaiterState.RETRY = "RETRY", WaiterState.TIMEOUT = "TIMEOUT";
        }(WaiterState || (WaiterState = {}));
        const runPolling = async ({minDelay: minDelay, maxDelay: maxDelay, maxWaitTime: maxWaitTime, abortController: abortController, client: client, abortSignal: abortSignal}, input, acceptorChecks) => {
            const observedResponses = {}, [minDelayMs, maxDelayMs] = [ 1e3 * minDelay, 1e3 * maxDelay ];
            let currentAttempt = 0;
            const waitUntil = Date.now() + 1e3 * maxWaitTime, warn403Time = Date.now() + 6e4;
            let didWarn403 = !1;
            for (;;) {
                if (currentAttempt > 0) {
                    const delayMs = exponentialBackoffWithJitter(minDelayMs, maxDelayMs, currentAttempt, waitUntil);
                    if (abortController?.signal?.aborted || abortSignal?.aborted) {
                        const message = "AbortController signal aborted.";
                        return observedResponses[message] |= 0, observedResponses[message] += 1, {
                            state: WaiterState.ABORTED,
                            observedResponses: observedResponses
                        };
                    }
                    if (Date.now() + delayMs > waitUntil) return {
                        state: WaiterState.TIMEOUT,
                        observedResponses: observedResponses
                    };
                    await sleep(delayMs / 1e3);
                }
                const {state: state, reason: reason} = await acceptorChecks(client, input);
                if (reason) {
                    const message = createMessageFromResponse(reason);
                    observedResponses[message] |= 0, observedResponses[message] += 1;
                }
                if (state !== WaiterState.RETRY) return {
                    state: state,
                    reason: reason,
                    final: reason,
                    observedResponses: observedResponses
                };
                currentAttempt += 1, !didWarn403 && Date.now() >= warn403Time && (checkWarn403(observedResponses, client), 
                didWarn403 = !0);
            }
        }, checkWarn403 = (observedResponses = {}, client) => {
            const orderedErrors = Object.keys(observedResponses);
            let count403 = 0;
            for (const response of orderedErrors) {
                const n = 0 | observedResponses[response];
                response.startsWith("403:") && (count403 += n);
            }
            const clientLogger = client?.config?.logger, warningLogger = "function" != typeof clientLogger?.warn || clientLogger.constructor?.name?.includes?.("NoOpLogger") ? console : clientLogger;
            (count403 >= 3 || orderedErrors[orderedErrors.length - 1]?.startsWith("403:")) && warningLogger.warn("@smithy/util-waiter WARN - 403 status code encountered during waiter polling.");
        }, createMessageFromResponse = reason => {
            const status = reason?.$response?.statusCode ?? reason?.$metadata?.httpStatusCode;
            return reason?.$responseBodyText ? `${status ? status + ": " : ""}Deserialization error for body: ${reason.$responseBodyText}` : status ? reason?.$response || reason?.message ? `${status ?? "Unknown"}: ${reason?.message}` : `${status}: OK` : String(reason?.message ?? JSON.stringify(reason, getCircularReplacer()) ?? "Unknown");
        }, exponentialBackoffWithJitter = (minDelayMs, maxDelayMs, attempt, waitUntil) => {
            if (attempt > Math.log(maxDelayMs / minDelayMs) / Math.log(2) + 1) return maxDelayMs;
            const delay = minDelayMs * 2 ** (attempt - 1), capped = Math.min(delay, maxDelayMs), waitFor = randomInRange(minDelayMs, capped);
            if (Date.now() + waitFor > waitUntil) {
                const timeRemaining = waitUntil - Date.now();
                return Math.max(0, timeRemaining - 500);
            }
            return waitFor;
        }, randomInRange = (min, max) => min + Math.random() * (max - min), abortTimeout = abortSignal => {
            let onAbort;
            const promise = new Promise(resolve => {
                onAbort = () => resolve({
                    state: WaiterState.ABORTED
                }), "function" == typeof abortSignal.addEventListener ? abortSignal.addEventListener("abort", onAbort) : abortSignal.onabort = onAbort;
            });
            return {
                clearListener() {
                    "function" == typeof abortSignal.removeEventListener && abortSignal.removeEventListener("abort", onAbort);
                },
                aborted: promise
            };
        };
        function schemaLogFilter(schema, data) {
            if (null == data) return data;
            const ns = NormalizedSchema.of(schema);
            if (ns.getMergedTraits().sensitive) return "***SensitiveInformation***";
            if (ns.isListSchema()) {
                const valueSchema = ns.getValueSchema();
                if (valueSchema.getMergedTraits().sensitive) return "***SensitiveInformation***";
                if (Array.isArray(data)) return data.map(value => schemaLogFilter(valueSchema, value));
            } else if (ns.isMapSchema()) {
                const valueSchema = ns.getValueSchema();
                if (ns.getKeySchema().getMergedTraits().sensitive || valueSchema.getMergedTraits().sensitive) return "***SensitiveInformation***";
                if ("object" == typeof data) return Object.fromEntries(Object.entries(data).map(([key, value]) => [ key, schemaLogFilter(valueSchema, value) ]));
            } else if (ns.isStructSchema() && "object" == typeof data) {
                const object = data, newObject = {};
                for (const [member, memberNs] of ns.structIterator()) null != object[member] && (newObject[member] = schemaLogFilter(memberNs, object[member]));
                return newObject;
            }
            return data;
        }
        const operationEventStreamMarker = Symbol.for("@smithy/op-event-stream");
        class Command {
            middlewareStack=constructStack();
            schema;
            static classBuilder() {
                return new ClassBuilder;
            }
            resolveMiddlewareWithContext(clientStack, configuration, options, {middlewareFn: middlewareFn, clientName: clientName, commandName: commandName, inputFilterSensitiveLog: inputFilterSensitiveLog, outputFilterSensitiveLog: outputFilterSensitiveLog, smithyContext: smithyContext, additionalContext: additionalContext, CommandCtor: CommandCtor}) {
                for (const mw of middlewareFn.bind(this)(CommandCtor, clientStack, configuration, options)) this.middlewareStack.use(mw);
                const stack = clientStack.concat(this.middlewareStack), {logger: logger} = configuration, additionalSmithyContext = additionalContext[SMITHY_CONTEXT_KEY], handlerExecutionContext = {
                    logger: logger,
                    clientName: clientName,
                    commandName: commandName,
                    inputFilterSensitiveLog: inputFilterSensitiveLog,
                    outputFilterSensitiveLog: outputFilterSensitiveLog,
                    ...additionalContext,
                    [SMITHY_CONTEXT_KEY]: {
                        ...additionalSmithyContext,
                        commandInstance: this,
                        ...smithyContext,
                        ...void 0 === options?.metricsRecorder ? {} : {
                            metricsRecorder: options.metricsRecorder
                        },
                        ...void 0 === options?.abortSignal ? {} : {
                            abortSignal: options.abortSignal
                        }
                    }
                }, {requestHandler: requestHandler} = configuration;
                let isEventStream, requestOptions = options ?? {};
                requestOptions.metricsRecorder && (requestOptions = {
                    ...requestOptions
                }, delete requestOptions.metricsRecorder);
                const schema = this.schema, marker = schema?.[operationEventStreamMarker];
                if (void 0 !== marker) isEventStream = marker; else if (schema && Array.isArray(schema) && 9 === schema[0]) {
                    const [, , , , input$, output$] = schema;
                    isEventStream = schema[operationEventStreamMarker] = Boolean(NormalizedSchema.of(input$).getEventStreamMember() || NormalizedSchema.of(output$).getEventStreamMember());
                }
                return isEventStream && (requestOptions = {
                    isEventStream: isEventStream,
                    ...requestOptions
                }), stack.resolve(request => requestHandler.handle(request.request, requestOptions), handlerExecutionContext);
            }
        }
        class ClassBuilder {
            _init=() => {};
            _ep={};
            _middlewareFn=() => [];
            _commandName="";
            _clientName="";
            _additionalContext={};
            _smithyContext={};
            _inputFilterSensitiveLog=void 0;
            _outputFilterSensitiveLog=void 0;
            _serializer=null;
            _deserializer=null;
            _operationSchema;
            init(cb) {
                this._init = cb;
            }
            ep(endpointParameterInstructions) {
                return this._ep = endpointParameterInstructions, this;
            }
            m(middlewareSupplier) {
                return this._middlewareFn = middlewareSupplier, this;
            }
            s(service, operation, smithyContext = {}) {
                return this._smithyContext = {
                    service: service,
                    operation: operation,
                    ...smithyContext
                }, this;
            }
            c(additionalContext = {}) {
                return this._additionalContext = additionalContext, this;
            }
            n(clientName, commandName) {
                return this._clientName = clientName, this._commandName = commandName, this;
            }
            f(inputFilter = _ => _, outputFilter = _ => _) {
                return this._inputFilterSensitiveLog = inputFilter, this._outputFilterSensitiveLog = outputFilter, 
                this;
            }
            ser(serializer) {
                return this._serializer = serializer, this;
            }
            de(deserializer) {
                return this._deserializer = deserializer, this;
            }
            sc(operation) {
                return this._operationSchema = operation, this._smithyContext.operationSchema = operation, 
                this;
            }
            build() {
                const closure = this;
                let CommandRef;
                return CommandRef = class extends Command {
                    input;
                    static getEndpointParameterInstructions() {
                        return closure._ep;
                    }
                    constructor(...[input]) {
                        super(), this.input = input ?? {}, closure._init(this), this.schema = closure._operationSchema;
                    }
                    resolveMiddleware(stack, configuration, options) {
                        const op = closure._operationSchema, input = op?.[4] ?? op?.input, output = op?.[5] ?? op?.output;
                        return this.resolveMiddlewareWithContext(stack, configuration, options, {
                            CommandCtor: CommandRef,
                            middlewareFn: closure._middlewareFn,
                            clientName: closure._clientName,
                            commandName: closure._commandName,
                            inputFilterSensitiveLog: closure._inputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, input) : _ => _),
                            outputFilterSensitiveLog: closure._outputFilterSensitiveLog ?? (op ? schemaLogFilter.bind(null, output) : _ => _),
                            smithyContext: closure._smithyContext,
                            additionalContext: closure._additionalContext
                        });
                    }
                    serialize=closure._serializer;
                    deserialize=closure._deserializer;
                };
            }
        }
        class ServiceException extends Error {
            static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";
            $fault;
            $response;
            $retryable;
            $metadata;
            constructor(options) {
                super(options.message), Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype), 
                this.name = options.name, this.$fault = options.$fault, this.$metadata = options.$metadata;
            }
            static isInstance(value) {
                if (!value) return !1;
                const candidate = value;
                return ServiceException.prototype.isPrototypeOf(candidate) || Boolean(candidate.$fault) && Boolean(candidate.$metadata) && ("client" === candidate.$fault || "server" === candidate.$fault);
            }
            static [Symbol.hasInstance](instance) {
                if (!instance) return !1;
                const candidate = instance;
                if (this === ServiceException) return ServiceException.isInstance(instance);
                if (ServiceException.isInstance(instance)) {
                    if (this.prototype.isPrototypeOf(instance)) return !0;
                    const targetId = Object.prototype.hasOwnProperty.call(this, "shapeId") ? this.shapeId : void 0;
                    let candidateHasShapeId = !1;
                    if (targetId) {
                        let proto = Object.getPrototypeOf(candidate);
                        for (;proto && proto !== Object.prototype; ) {
                            const ctor = proto.constructor, candidateId = ctor !== ServiceException && Object.prototype.hasOwnProperty.call(ctor, "shapeId") ? ctor?.shapeId : void 0;
                            if (candidateId && (candidateHasShapeId = !0, candidateId === targetId)) return !0;
                            proto = Object.getPrototypeOf(proto);
                        }
                    }
                    if (targetId && candidateHasShapeId) return !1;
                    const targetName = this.name;
                    if (targetName && targetName.length >= 6) {
                        if (candidate.name === targetName) return !0;
                        let proto = Object.getPrototypeOf(candidate);
                        for (;proto && proto !== Object.prototype; ) {
                            const ctorName = proto.constructor?.name;
                            if (ctorName && "Error" !== ctorName && ctorName === targetName) return !0;
                            proto = Object.getPrototypeOf(proto);
                        }
                    }
                }
                return !1;
            }
        }
        const decorateServiceException = (exception, additions = {}) => {
            Object.entries(additions).filter(([, v]) => void 0 !== v).forEach(([k, v]) => {
                null != exception[k] && "" !== exception[k] || (exception[k] = v);
            });
            const message = exception.message || exception.Message || "UnknownError";
            return exception.message = message, delete exception.Message, exception;
        }, throwDefaultError = ({output: output, parsedBody: parsedBody, exceptionCtor: exceptionCtor, errorCode: errorCode}) => {
            const $metadata = deserializeMetadata(output), statusCode = $metadata.httpStatusCode ? $metadata.httpStatusCode + "" : void 0, response = new exceptionCtor({
                name: parsedBody?.code || parsedBody?.Code || errorCode || statusCode || "UnknownError",
                $fault: "client",
                $metadata: $metadata
            });
            throw decorateServiceException(response, parsedBody);
        }, deserializeMetadata = output => ({
            httpStatusCode: output.statusCode,
            requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
            extendedRequestId: output.headers["x-amz-id-2"],
            cfId: output.headers["x-amz-cf-id"]
        });
        let warningEmitted = !1;
        const knownAlgorithms = Object.values(AlgorithmId), getChecksumConfiguration = runtimeConfig => {
            const checksumAlgorithms = [];
            for (const id in AlgorithmId) {
                if (!hasOwn(AlgorithmId, id)) continue;
                const algorithmId = AlgorithmId[id];
                void 0 !== runtimeConfig[algorithmId] && checksumAlgorithms.push({
                    algorithmId: () => algorithmId,
                    checksumConstructor: () => runtimeConfig[algorithmId]
                });
            }
            for (const [id, ChecksumCtor] of Object.entries(runtimeConfig.checksumAlgorithms ?? {})) checksumAlgorithms.push({
                algorithmId: () => id,
                checksumConstructor: () => ChecksumCtor
            });
            return {
                addChecksumAlgorithm(algo) {
                    runtimeConfig.checksumAlgorithms = runtimeConfig.checksumAlgorithms ?? {};
                    const id = algo.algorithmId(), ctor = algo.checksumConstructor();
                    knownAlgorithms.includes(id) ? runtimeConfig.checksumAlgorithms[id.toUpperCase()] = ctor : runtimeConfig.checksumAlgorithms[id] = ctor, 
                    checksumAlgorithms.push(algo);
                },
                checksumAlgorithms: () => checksumAlgorithms
            };
        }, resolveChecksumRuntimeConfig = clientConfig => {
            const runtimeConfig = {};
            return clientConfig.checksumAlgorithms().forEach(checksumAlgorithm => {
                const id = checksumAlgorithm.algorithmId();
                knownAlgorithms.includes(id) && (runtimeConfig[id] = checksumAlgorithm.checksumConstructor());
            }), runtimeConfig;
        }, getRetryConfiguration = runtimeConfig => ({
            setRetryStrategy(retryStrategy) {
                runtimeConfig.retryStrategy = retryStrategy;
            },
            retryStrategy: () => runtimeConfig.retryStrategy
        }), resolveRetryRuntimeConfig = retryStrategyConfiguration => {
            const runtimeConfig = {};
            return runtimeConfig.retryStrategy = retryStrategyConfiguration.retryStrategy(), 
            runtimeConfig;
        }, getDefaultExtensionConfiguration = runtimeConfig => Object.assign(getChecksumConfiguration(runtimeConfig), getRetryConfiguration(runtimeConfig)), getDefaultClientConfiguration = getDefaultExtensionConfiguration, getValueFromTextNode = obj => {
            for (const key in obj) hasOwn(obj, key) && (void 0 !== obj[key]["#text"] ? obj[key] = obj[key]["#text"] : "object" == typeof obj[key] && null !== obj[key] && (obj[key] = getValueFromTextNode(obj[key])));
            return obj;
        };
        function map(arg0, arg1, arg2) {
            let target, filter, instructions;
            if (void 0 === arg1 && void 0 === arg2) target = {}, instructions = arg0; else {
                if (target = arg0, "function" == typeof arg1) return filter = arg1, instructions = arg2, 
                mapWithFilter(target, filter, instructions);
                instructions = arg1;
            }
            for (const key in instructions) hasOwn(instructions, key) && (Array.isArray(instructions[key]) ? applyInstruction(target, null, instructions, key) : target[key] = instructions[key]);
            return target;
        }
        const mapWithFilter = (target, filter, instructions) => map(target, Object.entries(instructions).reduce((_instructions, [key, value]) => (Array.isArray(value) ? _instructions[key] = value : _instructions[key] = "function" == typeof value ? [ filter, value() ] : [ filter, value ], 
        _instructions), {})), applyInstruction = (target, source, instructions, targetKey) => {
            if (null !== source) {
                let instruction = instructions[targetKey];
                "function" == typeof instruction && (instruction = [ , instruction ]);
                const [filter = nonNullish, valueFn = pass, sourceKey = targetKey] = instruction;
                return void (("function" == typeof filter && filter(source[sourceKey]) || "function" != typeof filter && filter) && (target[targetKey] = valueFn(source[sourceKey])));
            }
            let [filter, value] = instructions[targetKey];
            if ("function" == typeof value) {
                let _value;
                const defaultFilterPassed = void 0 === filter && null != (_value = value()), customFilterPassed = "function" == typeof filter && !!filter(void 0) || "function" != typeof filter && !!filter;
                defaultFilterPassed ? target[targetKey] = _value : customFilterPassed && (target[targetKey] = value());
            } else {
                const defaultFilterPassed = void 0 === filter && null != value, customFilterPassed = "function" == typeof filter && !!filter(value) || "function" != typeof filter && !!filter;
                (defaultFilterPassed || customFilterPassed) && (target[targetKey] = value);
            }
        }, nonNullish = _ => null != _, pass = _ => _, _json = obj => {
            if (null == obj) return {};
            if (Array.isArray(obj)) return obj.filter(_ => null != _).map(_json);
            if ("object" == typeof obj) {
                const target = {};
                for (const key in obj) hasOwn(obj, key) && null != obj[key] && (target[key] = _json(obj[key]));
                return target;
            }
            return obj;
        };
        exports.Client = class {
            config;
            middlewareStack=constructStack();
            initConfig;
            handlers;
            constructor(config) {
                this.config = config;
                const {protocol: protocol, protocolSettings: protocolSettings} = config;
                protocolSettings && "function" == typeof protocol && (config.protocol = new protocol(protocolSettings));
            }
            send(command, optionsOrCb, cb) {
                const options = "function" != typeof optionsOrCb ? optionsOrCb : void 0, callback = "function" == typeof optionsOrCb ? optionsOrCb : cb;
                let handler;
                if (void 0 === options && !0 === this.config.cacheMiddleware) {
                    this.handlers || (this.handlers = new WeakMap);
                    const handlers = this.handlers;
                    handlers.has(command.constructor) ? handler = handlers.get(command.constructor) : (handler = command.resolveMiddleware(this.middlewareStack, this.config, options), 
                    handlers.set(command.constructor, handler));
                } else delete this.handlers, handler = command.resolveMiddleware(this.middlewareStack, this.config, options);
                if (!callback) return handler(command).then(result => result.output);
                handler(command).then(result => callback(null, result.output), err => callback(err)).catch(() => {});
            }
            destroy() {
                this.config?.requestHandler?.destroy?.(), delete this.handlers;
            }
        }, exports.Command = Command, exports.NoOpLogger = class {
            trace() {}
            debug() {}
            info() {}
            warn() {}
            error() {}
        }, exports.SENSITIVE_STRING = "***SensitiveInformation***", exports.ServiceException = ServiceException, 
        exports.WaiterState = WaiterState, exports._json = _json, exports.checkExceptions = result => {
            if (result.state === WaiterState.ABORTED) {
                const abortError = new Error(`${JSON.stringify({
                    ...result,
                    reason: "Request was aborted"
                }, getCircularReplacer())}`);
                throw abortError.name = "AbortError", abortError;
            }
            if (result.state === WaiterState.TIMEOUT) {
                const timeoutError = new Error(`${JSON.stringify({
                    ...result,
                    reason: "Waiter has timed out"
                }, getCircularReplacer())}`);
                throw timeoutError.name = "TimeoutError", timeoutError;
            }
            if (result.state !== WaiterState.SUCCESS) throw new Error(`${JSON.stringify(result, getCircularReplacer())}`);
            return result;
        }, exports.constructStack = constructStack, exports.convertMap = target => {
            const output = {};
            for (const [k, v] of Object.entries(target || {})) output[k] = [ , v ];
            return output;
        }, exports.createAggregatedClient = (commands, Client, options) => {
            for (const [command, CommandCtor] of Object.entries(commands)) {
                const methodImpl = async function(args, optionsOrCb, cb) {
                    const command = new CommandCtor(args);
                    if ("function" == typeof optionsOrCb) this.send(command, optionsOrCb); else {
                        if ("function" != typeof cb) return this.send(command, optionsOrCb);
                        if ("object" != typeof optionsOrCb) throw new Error("Expected http options but got " + typeof optionsOrCb);
                        this.send(command, optionsOrCb || {}, cb);
                    }
                }, methodName = (command[0].toLowerCase() + command.slice(1)).replace(/Command$/, "");
                Client.prototype[methodName] = methodImpl;
            }
            const {paginators: paginators = {}, waiters: waiters = {}} = options ?? {};
            for (const [paginatorName, paginatorFn] of Object.entries(paginators)) void 0 === Client.prototype[paginatorName] && (Client.prototype[paginatorName] = function(commandInput = {}, paginationConfiguration, ...rest) {
                return paginatorFn({
                    ...paginationConfiguration,
                    client: this
                }, commandInput, ...rest);
            });
            for (const [waiterName, waiterFn] of Object.entries(waiters)) void 0 === Client.prototype[waiterName] && (Client.prototype[waiterName] = async function(commandInput = {}, waiterConfiguration, ...rest) {
                let config = waiterConfiguration;
                return "number" == typeof waiterConfiguration && (config = {
                    maxWaitTime: waiterConfiguration
                }), waiterFn({
                    ...config,
                    client: this
                }, commandInput, ...rest);
            });
        }, exports.createWaiter = async (options, input, acceptorChecks) => {
            const params = {
                ...waiterServiceDefaults,
                ...options
            };
            (options => {
                if (options.maxWaitTime <= 0) throw new Error("WaiterConfiguration.maxWaitTime must be greater than 0");
                if (options.minDelay <= 0) throw new Error("WaiterConfiguration.minDelay must be greater than 0");
                if (options.maxDelay <= 0) throw new Error("WaiterConfiguration.maxDelay must be greater than 0");
                if (options.maxWaitTime <= options.minDelay) throw new Error(`WaiterConfiguration.maxWaitTime [${options.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
                if (options.maxDelay < options.minDelay) throw new Error(`WaiterConfiguration.maxDelay [${options.maxDelay}] must be greater than WaiterConfiguration.minDelay [${options.minDelay}] for this waiter`);
            })(params);
            const exitConditions = [ runPolling(params, input, acceptorChecks) ], finalize = [];
            if (options.abortSignal) {
                const {aborted: aborted, clearListener: clearListener} = abortTimeout(options.abortSignal);
                finalize.push(clearListener), exitConditions.push(aborted);
            }
            if (options.abortController?.signal) {
                const {aborted: aborted, clearListener: clearListener} = abortTimeout(options.abortController.signal);
                finalize.push(clearListener), exitConditions.push(aborted);
            }
            return Promise.race(exitConditions).then(result => {
                for (const fn of finalize) fn();
                return result;
            });
        }, exports.decorateServiceException = decorateServiceException, exports.emitWarningIfUnsupportedVersion = version => {
            version && !warningEmitted && parseInt(version.substring(1, version.indexOf("."))) < 16 && (warningEmitted = !0);
        }, exports.getArrayIfSingleItem = mayBeArray => Array.isArray(mayBeArray) ? mayBeArray : [ mayBeArray ], 
        exports.getChecksumConfiguration = getChecksumConfiguration, exports.getDefaultClientConfiguration = getDefaultClientConfiguration, 
        exports.getDefaultExtensionConfiguration = getDefaultExtensionConfiguration, exports.getRetryConfiguration = getRetryConfiguration, 
        exports.getValueFromTextNode = getValueFromTextNode, exports.invalidFunction = message => () => {
            throw new Error(message);
        }, exports.invalidProvider = message => () => Promise.reject(message), exports.isSerializableHeaderValue = value => null != value, 
        exports.loadConfigsForDefaultMode = mode => {
            switch (mode) {
              case "standard":
              case "cross-region":
                return {
                    retryMode: "standard",
                    connectionTimeout: 3100
                };

              case "in-region":
                return {
                    retryMode: "standard",
                    connectionTimeout: 1100
                };

              case "mobile":
                return {
                    retryMode: "standard",
                    connectionTimeout: 3e4
                };

              default:
                return {};
            }
        }, exports.makeBuilder = function(common, service, name, ep) {
            return function(added, plugins, op, $, smithyContext = {}) {
                const epMerged = Object.assign({}, common, added);
                return Command.classBuilder().ep(epMerged).m(function(CommandCtor, clientStack, config, options) {
                    const list = plugins.call(this, CommandCtor, clientStack, config, options);
                    return list.unshift(ep(config, CommandCtor.getEndpointParameterInstructions())), 
                    list;
                }).s(service, op, smithyContext).n(name, op.charAt(0).toUpperCase() + op.slice(1) + "Command").sc($).build();
            };
        }, exports.map = map, exports.resolveChecksumRuntimeConfig = resolveChecksumRuntimeConfig, 
        exports.resolveDefaultRuntimeConfig = config => Object.assign(resolveChecksumRuntimeConfig(config), resolveRetryRuntimeConfig(config)), 
        exports.resolveRetryRuntimeConfig = resolveRetryRuntimeConfig, exports.schemaLogFilter = schemaLogFilter, 
        exports.serializeDateTime = date => date.toISOString().replace(".000Z", "Z"), exports.serializeFloat = value => {
            if (value != value) return "NaN";
            switch (value) {
              case 1 / 0:
                return "Infinity";

              case -1 / 0:
                return "-Infinity";

              default:
                return value;
            }
        }, exports.take = (source, instructions) => {
            const out = {};
            for (const key in instructions) hasOwn(instructions, key) && applyInstruction(out, source, instructions, key);
            return out;
        }, exports.throwDefaultError = throwDefaultError, exports.waiterServiceDefaults = waiterServiceDefaults, 
        exports.withBaseException = ExceptionCtor => ({output: output, parsedBody: parsedBody, errorCode: errorCode}) => {
            throwDefaultError({
                output: output,
                parsedBody: parsedBody,
                exceptionCtor: ExceptionCtor,
                errorCode: errorCode
            });
        };
    },
    7291: (__unused_webpack_module, exports, __webpack_require__) => {
        const {homedir: homedir} = __webpack_require__(8161), {sep: sep, join: join} = __webpack_require__(6760), {createHash: createHash} = __webpack_require__(7598), {readFile: readFile$1} = __webpack_require__(1455), {IniSectionType: IniSectionType} = __webpack_require__(5662), {normalizeProvider: normalizeProvider} = __webpack_require__(2658), {isValidHostLabel: isValidHostLabel} = __webpack_require__(4534);
        class ProviderError extends Error {
            name="ProviderError";
            tryNextLink;
            constructor(message, options = !0) {
                let logger, tryNextLink = !0;
                "boolean" == typeof options ? (logger = void 0, tryNextLink = options) : null != options && "object" == typeof options && (logger = options.logger, 
                tryNextLink = options.tryNextLink ?? !0), super(message), this.tryNextLink = tryNextLink, 
                Object.setPrototypeOf(this, ProviderError.prototype), logger?.debug?.(`@smithy/property-provider ${tryNextLink ? "->" : "(!)"} ${message}`);
            }
            static from(error, options = !0) {
                return Object.assign(new this(error.message, options), error);
            }
        }
        class CredentialsProviderError extends ProviderError {
            name="CredentialsProviderError";
            constructor(message, options = !0) {
                super(message, options), Object.setPrototypeOf(this, CredentialsProviderError.prototype);
            }
        }
        class TokenProviderError extends ProviderError {
            name="TokenProviderError";
            constructor(message, options = !0) {
                super(message, options), Object.setPrototypeOf(this, TokenProviderError.prototype);
            }
        }
        const chain = (...providers) => async () => {
            if (0 === providers.length) throw new ProviderError("No providers in chain");
            let lastProviderError;
            for (const provider of providers) try {
                return await provider();
            } catch (err) {
                if (lastProviderError = err, err?.tryNextLink) continue;
                throw err;
            }
            throw lastProviderError;
        }, fromValue = staticValue => () => Promise.resolve(staticValue), memoize = (provider, isExpired, requiresRefresh) => {
            let resolved, pending, hasResult, isConstant = !1;
            const coalesceProvider = async () => {
                pending || (pending = provider());
                try {
                    resolved = await pending, hasResult = !0, isConstant = !1;
                } finally {
                    pending = void 0;
                }
                return resolved;
            };
            return void 0 === isExpired ? async options => (hasResult && !options?.forceRefresh || (resolved = await coalesceProvider()), 
            resolved) : async options => (hasResult && !options?.forceRefresh || (resolved = await coalesceProvider()), 
            isConstant ? resolved : requiresRefresh && !requiresRefresh(resolved) ? (isConstant = !0, 
            resolved) : isExpired(resolved) ? (await coalesceProvider(), resolved) : resolved);
        }, booleanSelector = (obj, key, type) => {
            if (key in obj) {
                if ("true" === obj[key]) return !0;
                if ("false" === obj[key]) return !1;
                throw new Error(`Cannot load ${type} "${key}". Expected "true" or "false", got ${obj[key]}.`);
            }
        };
        var SelectorType;
        !function(SelectorType) {
            SelectorType.ENV = "env", SelectorType.CONFIG = "shared config entry";
        }(SelectorType || (SelectorType = {}));
        const homeDirCache = {}, getHomeDir = () => {
            const {HOME: HOME, USERPROFILE: USERPROFILE, HOMEPATH: HOMEPATH, HOMEDRIVE: HOMEDRIVE = `C:${sep}`} = process.env;
            if (HOME) return HOME;
            if (USERPROFILE) return USERPROFILE;
            if (HOMEPATH) return `${HOMEDRIVE}${HOMEPATH}`;
            const homeDirCacheKey = process && process.geteuid ? `${process.geteuid()}` : "DEFAULT";
            return homeDirCache[homeDirCacheKey] || (homeDirCache[homeDirCacheKey] = homedir()), 
            homeDirCache[homeDirCacheKey];
        }, getProfileName = init => init.profile || process.env.AWS_PROFILE || "default", getSSOTokenFilepath = id => {
            const cacheName = createHash("sha1").update(id).digest("hex");
            return join(getHomeDir(), ".aws", "sso", "cache", `${cacheName}.json`);
        }, tokenIntercept = {}, getConfigData = data => Object.entries(data).filter(([key]) => {
            const indexOfSeparator = key.indexOf(".");
            return -1 !== indexOfSeparator && Object.values(IniSectionType).includes(key.substring(0, indexOfSeparator));
        }).reduce((acc, [key, value]) => {
            const indexOfSeparator = key.indexOf(".");
            return acc[key.substring(0, indexOfSeparator) === IniSectionType.PROFILE ? key.substring(indexOfSeparator + 1) : key] = value, 
            acc;
        }, {
            ...data.default && {
                default: data.default
            }
        }), getConfigFilepath = () => process.env.AWS_CONFIG_FILE || join(getHomeDir(), ".aws", "config"), getCredentialsFilepath = () => process.env.AWS_SHARED_CREDENTIALS_FILE || join(getHomeDir(), ".aws", "credentials"), prefixKeyRegex = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/, profileNameBlockList = [ "__proto__", "profile __proto__" ], parseIni = iniData => {
            const map = {};
            let currentSection, currentSubSection;
            for (const iniLine of iniData.split(/\r?\n/)) {
                const trimmedLine = iniLine.split(/(^|\s)[;#]/)[0].trim();
                if ("[" === trimmedLine[0] && "]" === trimmedLine[trimmedLine.length - 1]) {
                    currentSection = void 0, currentSubSection = void 0;
                    const sectionName = trimmedLine.substring(1, trimmedLine.length - 1), matches = prefixKeyRegex.exec(sectionName);
                    if (matches) {
                        const [, prefix, , name] = matches;
                        Object.values(IniSectionType).includes(prefix) && (currentSection = [ prefix, name ].join("."));
                    } else currentSection = sectionName;
                    if (profileNameBlockList.includes(sectionName)) throw new Error(`Found invalid profile name "${sectionName}"`);
                } else if (currentSection) {
                    const indexOfEqualsSign = trimmedLine.indexOf("=");
                    if (![ 0, -1 ].includes(indexOfEqualsSign)) {
                        const [name, value] = [ trimmedLine.substring(0, indexOfEqualsSign).trim(), trimmedLine.substring(indexOfEqualsSign + 1).trim() ];
                        if ("" === value) currentSubSection = name; else {
                            currentSubSection && iniLine.trimStart() === iniLine && (currentSubSection = void 0), 
                            map[currentSection] = map[currentSection] || {};
                            const key = currentSubSection ? [ currentSubSection, name ].join(".") : name;
                            map[currentSection][key] = value;
                        }
                    }
                }
            }
            return map;
        }, filePromises = {}, fileIntercept = {}, readFile = (path, options) => void 0 !== fileIntercept[path] ? fileIntercept[path] : (filePromises[path] && !options?.ignoreCache || (filePromises[path] = readFile$1(path, "utf8")), 
        filePromises[path]), swallowError$1 = () => ({}), loadSharedConfigFiles = async (init = {}) => {
            const {filepath: filepath = getCredentialsFilepath(), configFilepath: configFilepath = getConfigFilepath()} = init, homeDir = getHomeDir();
            let resolvedFilepath = filepath;
            filepath.startsWith("~/") && (resolvedFilepath = join(homeDir, filepath.slice(2)));
            let resolvedConfigFilepath = configFilepath;
            configFilepath.startsWith("~/") && (resolvedConfigFilepath = join(homeDir, configFilepath.slice(2)));
            const parsedFiles = await Promise.all([ readFile(resolvedConfigFilepath, {
                ignoreCache: init.ignoreCache
            }).then(parseIni).then(getConfigData).catch(swallowError$1), readFile(resolvedFilepath, {
                ignoreCache: init.ignoreCache
            }).then(parseIni).catch(swallowError$1) ]);
            return {
                configFile: parsedFiles[0],
                credentialsFile: parsedFiles[1]
            };
        }, getSsoSessionData = data => Object.entries(data).filter(([key]) => key.startsWith(IniSectionType.SSO_SESSION + ".")).reduce((acc, [key, value]) => ({
            ...acc,
            [key.substring(key.indexOf(".") + 1)]: value
        }), {}), swallowError = () => ({}), externalDataInterceptor = {
            getFileRecord: () => fileIntercept,
            interceptFile(path, contents) {
                fileIntercept[path] = Promise.resolve(contents);
            },
            getTokenRecord: () => tokenIntercept,
            interceptToken(id, contents) {
                tokenIntercept[id] = contents;
            }
        };
        function getSelectorName(functionString) {
            try {
                const constants = new Set(Array.from(functionString.match(/([A-Z_]){3,}/g) ?? []));
                return constants.delete("CONFIG"), constants.delete("CONFIG_PREFIX_SEPARATOR"), 
                constants.delete("ENV"), [ ...constants ].join(", ");
            } catch (ignored) {
                return functionString;
            }
        }
        const fromStatic = defaultValue => "function" == typeof defaultValue ? async () => await defaultValue() : fromValue(defaultValue), loadConfig = ({environmentVariableSelector: environmentVariableSelector, configFileSelector: configFileSelector, default: defaultValue}, configuration = {}) => {
            const {signingName: signingName, logger: logger} = configuration;
            return memoize(chain((envVarSelector = environmentVariableSelector, options = {
                signingName: signingName,
                logger: logger
            }, async () => {
                try {
                    const config = envVarSelector(process.env, options);
                    if (void 0 === config) throw new Error;
                    return config;
                } catch (e) {
                    throw new CredentialsProviderError(e.message || `Not found in ENV: ${getSelectorName(envVarSelector.toString())}`, {
                        logger: options?.logger
                    });
                }
            }), ((configSelector, {preferredFile: preferredFile = "config", ...init} = {}) => async () => {
                const profile = getProfileName(init), {configFile: configFile, credentialsFile: credentialsFile} = await loadSharedConfigFiles(init), profileFromCredentials = credentialsFile[profile] || {}, profileFromConfig = configFile[profile] || {}, mergedProfile = "config" === preferredFile ? {
                    ...profileFromCredentials,
                    ...profileFromConfig
                } : {
                    ...profileFromConfig,
                    ...profileFromCredentials
                };
                try {
                    const configValue = configSelector(mergedProfile, "config" === preferredFile ? configFile : credentialsFile);
                    if (void 0 === configValue) throw new Error;
                    return configValue;
                } catch (e) {
                    throw new CredentialsProviderError(e.message || `Not found in config files w/ profile [${profile}]: ${getSelectorName(configSelector.toString())}`, {
                        logger: init.logger
                    });
                }
            })(configFileSelector, configuration), fromStatic(defaultValue)));
            var envVarSelector, options;
        }, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = {
            environmentVariableSelector: env => booleanSelector(env, "AWS_USE_DUALSTACK_ENDPOINT", SelectorType.ENV),
            configFileSelector: profile => booleanSelector(profile, "use_dualstack_endpoint", SelectorType.CONFIG),
            default: !1
        }, nodeDualstackConfigSelectors = {
            environmentVariableSelector: env => booleanSelector(env, "AWS_USE_DUALSTACK_ENDPOINT", SelectorType.ENV),
            configFileSelector: profile => booleanSelector(profile, "use_dualstack_endpoint", SelectorType.CONFIG),
            default: void 0
        }, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = {
            environmentVariableSelector: env => booleanSelector(env, "AWS_USE_FIPS_ENDPOINT", SelectorType.ENV),
            configFileSelector: profile => booleanSelector(profile, "use_fips_endpoint", SelectorType.CONFIG),
            default: !1
        }, nodeFipsConfigSelectors = {
            environmentVariableSelector: env => booleanSelector(env, "AWS_USE_FIPS_ENDPOINT", SelectorType.ENV),
            configFileSelector: profile => booleanSelector(profile, "use_fips_endpoint", SelectorType.CONFIG),
            default: void 0
        }, DEFAULTS_MODE_OPTIONS = [ "in-region", "cross-region", "mobile", "standard", "legacy" ], X_AWS_EC2_METADATA_TOKEN = "x-aws-ec2-metadata-token", X_AWS_EC2_METADATA_TOKEN_TTL = "x-aws-ec2-metadata-token-ttl-seconds";
        let negativeCacheUntil = 0;
        const getInstanceMetadataRegion = async () => {
            if (!(process.env.AWS_EC2_METADATA_DISABLED || Date.now() < negativeCacheUntil)) try {
                const endpoint = resolveImdsEndpoint(), token = (await imdsRequest({
                    ...endpoint,
                    path: "/latest/api/token",
                    method: "PUT",
                    headers: {
                        [X_AWS_EC2_METADATA_TOKEN_TTL]: "21600"
                    }
                })).toString();
                return (await imdsRequest({
                    ...endpoint,
                    path: "/latest/meta-data/placement/region",
                    method: "GET",
                    headers: {
                        [X_AWS_EC2_METADATA_TOKEN]: token
                    }
                })).toString().trim() || cacheNegativeAndReturnUndefined();
            } catch {
                return cacheNegativeAndReturnUndefined();
            }
        }, cacheNegativeAndReturnUndefined = () => {
            negativeCacheUntil = Date.now() + 6e4;
        }, resolveImdsEndpoint = () => {
            const envEndpoint = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
            if (envEndpoint) {
                const url = new URL(envEndpoint);
                return {
                    hostname: url.hostname.replace(/^\[(.+)]$/, "$1"),
                    port: url.port ? Number(url.port) : void 0
                };
            }
            return "IPv6" === process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE ? {
                hostname: "fd00:ec2::254"
            } : {
                hostname: "169.254.169.254"
            };
        }, imdsRequest = async options => {
            const {request: request} = __webpack_require__(7067);
            return new Promise((resolve, reject) => {
                const req = request({
                    hostname: options.hostname,
                    port: options.port,
                    path: options.path,
                    method: options.method,
                    headers: options.headers,
                    timeout: 1e3,
                    signal: AbortSignal.timeout(1e3)
                });
                req.on("error", err => {
                    reject(err), req.destroy();
                }), req.on("timeout", () => {
                    reject(new Error("TimeoutError from instance metadata service")), req.destroy();
                }), req.on("response", res => {
                    const {statusCode: statusCode = 400} = res;
                    if (statusCode < 200 || statusCode >= 300) return reject(Object.assign(new Error("Error response received from instance metadata service"), {
                        statusCode: statusCode
                    })), void req.destroy();
                    const chunks = [];
                    res.on("data", chunk => chunks.push(chunk)), res.on("end", () => {
                        resolve(Buffer.concat(chunks)), req.destroy();
                    });
                }), req.end();
            });
        }, NODE_REGION_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env.AWS_REGION,
            configFileSelector: profile => profile.region,
            default: async () => {
                const region = await getInstanceMetadataRegion();
                if (region) return region;
                throw new Error("Region is missing");
            }
        }, validRegions = new Set, isFipsRegion = region => "string" == typeof region && (region.startsWith("fips-") || region.endsWith("-fips")), getHostnameFromVariants = (variants = [], {useFipsEndpoint: useFipsEndpoint, useDualstackEndpoint: useDualstackEndpoint}) => variants.find(({tags: tags}) => useFipsEndpoint === tags.includes("fips") && useDualstackEndpoint === tags.includes("dualstack"))?.hostname, NODE_DEFAULTS_MODE_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env.AWS_DEFAULTS_MODE,
            configFileSelector: profile => profile.defaults_mode,
            default: "legacy"
        }, inferPhysicalRegion = async () => process.env.AWS_EXECUTION_ENV && (process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION) ? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION : getInstanceMetadataRegion();
        exports.CONFIG_PREFIX_SEPARATOR = ".", exports.CONFIG_USE_DUALSTACK_ENDPOINT = "use_dualstack_endpoint", 
        exports.CONFIG_USE_FIPS_ENDPOINT = "use_fips_endpoint", exports.CredentialsProviderError = CredentialsProviderError, 
        exports.DEFAULT_PROFILE = "default", exports.DEFAULT_USE_DUALSTACK_ENDPOINT = !1, 
        exports.DEFAULT_USE_FIPS_ENDPOINT = !1, exports.ENV_PROFILE = "AWS_PROFILE", exports.ENV_USE_DUALSTACK_ENDPOINT = "AWS_USE_DUALSTACK_ENDPOINT", 
        exports.ENV_USE_FIPS_ENDPOINT = "AWS_USE_FIPS_ENDPOINT", exports.NODE_REGION_CONFIG_FILE_OPTIONS = {
            preferredFile: "credentials"
        }, exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS, exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, 
        exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, 
        exports.ProviderError = ProviderError, exports.REGION_ENV_NAME = "AWS_REGION", exports.REGION_INI_NAME = "region", 
        exports.SelectorType = SelectorType, exports.TokenProviderError = TokenProviderError, 
        exports.booleanSelector = booleanSelector, exports.chain = chain, exports.externalDataInterceptor = externalDataInterceptor, 
        exports.fromStatic = fromStatic, exports.fromValue = fromValue, exports.getHomeDir = getHomeDir, 
        exports.getProfileName = getProfileName, exports.getRegionInfo = (region, {useFipsEndpoint: useFipsEndpoint = !1, useDualstackEndpoint: useDualstackEndpoint = !1, signingService: signingService, regionHash: regionHash, partitionHash: partitionHash}) => {
            const partition = ((region, {partitionHash: partitionHash}) => Object.keys(partitionHash || {}).find(key => partitionHash[key].regions.includes(region)) ?? "aws")(region, {
                partitionHash: partitionHash
            }), resolvedRegion = region in regionHash ? region : partitionHash[partition]?.endpoint ?? region, hostnameOptions = {
                useFipsEndpoint: useFipsEndpoint,
                useDualstackEndpoint: useDualstackEndpoint
            }, hostname = ((resolvedRegion, {regionHostname: regionHostname, partitionHostname: partitionHostname}) => regionHostname || (partitionHostname ? partitionHostname.replace("{region}", resolvedRegion) : void 0))(resolvedRegion, {
                regionHostname: getHostnameFromVariants(regionHash[resolvedRegion]?.variants, hostnameOptions),
                partitionHostname: getHostnameFromVariants(partitionHash[partition]?.variants, hostnameOptions)
            });
            if (void 0 === hostname) throw new Error(`Endpoint resolution failed for: ${{
                resolvedRegion: resolvedRegion,
                useFipsEndpoint: useFipsEndpoint,
                useDualstackEndpoint: useDualstackEndpoint
            }}`);
            const signingRegion = ((hostname, {signingRegion: signingRegion, regionRegex: regionRegex, useFipsEndpoint: useFipsEndpoint}) => {
                if (signingRegion) return signingRegion;
                if (useFipsEndpoint) {
                    const regionRegexJs = regionRegex.replace("\\\\", "\\").replace(/^\^/g, "\\.").replace(/\$$/g, "\\."), regionRegexmatchArray = hostname.match(regionRegexJs);
                    if (regionRegexmatchArray) return regionRegexmatchArray[0].slice(1, -1);
                }
            })(hostname, {
                signingRegion: regionHash[resolvedRegion]?.signingRegion,
                regionRegex: partitionHash[partition].regionRegex,
                useFipsEndpoint: useFipsEndpoint
            });
            return {
                partition: partition,
                signingService: signingService,
                hostname: hostname,
                ...signingRegion && {
                    signingRegion: signingRegion
                },
                ...regionHash[resolvedRegion]?.signingService && {
                    signingService: regionHash[resolvedRegion].signingService
                }
            };
        }, exports.getSSOTokenFilepath = getSSOTokenFilepath, exports.getSSOTokenFromFile = async id => {
            if (tokenIntercept[id]) return tokenIntercept[id];
            const ssoTokenFilepath = getSSOTokenFilepath(id), ssoTokenText = await readFile$1(ssoTokenFilepath, "utf8");
            return JSON.parse(ssoTokenText);
        }, exports.loadConfig = loadConfig, exports.loadSharedConfigFiles = loadSharedConfigFiles, 
        exports.loadSsoSessionData = async (init = {}) => readFile(init.configFilepath ?? getConfigFilepath()).then(parseIni).then(getSsoSessionData).catch(swallowError), 
        exports.memoize = memoize, exports.nodeDualstackConfigSelectors = nodeDualstackConfigSelectors, 
        exports.nodeFipsConfigSelectors = nodeFipsConfigSelectors, exports.numberSelector = (obj, key, type) => {
            if (!(key in obj)) return;
            const numberValue = parseInt(obj[key], 10);
            if (Number.isNaN(numberValue)) throw new TypeError(`Cannot load ${type} '${key}'. Expected number, got '${obj[key]}'.`);
            return numberValue;
        }, exports.parseKnownFiles = async init => {
            const parsedFiles = await loadSharedConfigFiles(init);
            return ((...files) => {
                const merged = {};
                for (const file of files) for (const [key, values] of Object.entries(file)) void 0 !== merged[key] ? Object.assign(merged[key], values) : merged[key] = values;
                return merged;
            })(parsedFiles.configFile, parsedFiles.credentialsFile);
        }, exports.readFile = readFile, exports.resolveCustomEndpointsConfig = input => {
            const {tls: tls, endpoint: endpoint, urlParser: urlParser, useDualstackEndpoint: useDualstackEndpoint} = input;
            return Object.assign(input, {
                tls: tls ?? !0,
                endpoint: normalizeProvider("string" == typeof endpoint ? urlParser(endpoint) : endpoint),
                isCustomEndpoint: !0,
                useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? !1)
            });
        }, exports.resolveDefaultsModeConfig = ({region: region = loadConfig(NODE_REGION_CONFIG_OPTIONS), defaultsMode: defaultsMode = loadConfig(NODE_DEFAULTS_MODE_CONFIG_OPTIONS)} = {}) => memoize(async () => {
            const mode = "function" == typeof defaultsMode ? await defaultsMode() : defaultsMode;
            switch (mode?.toLowerCase()) {
              case "auto":
                return (async clientRegion => {
                    if (clientRegion) {
                        const resolvedRegion = "function" == typeof clientRegion ? await clientRegion() : clientRegion, inferredRegion = await inferPhysicalRegion();
                        return inferredRegion ? resolvedRegion === inferredRegion ? "in-region" : "cross-region" : "standard";
                    }
                    return "standard";
                })(region);

              case "in-region":
              case "cross-region":
              case "mobile":
              case "standard":
              case "legacy":
                return Promise.resolve(mode?.toLocaleLowerCase());

              case void 0:
                return Promise.resolve("legacy");

              default:
                throw new Error(`Invalid parameter for "defaultsMode", expect ${DEFAULTS_MODE_OPTIONS.join(", ")}, got ${mode}`);
            }
        }), exports.resolveEndpointsConfig = input => {
            const useDualstackEndpoint = normalizeProvider(input.useDualstackEndpoint ?? !1), {endpoint: endpoint, useFipsEndpoint: useFipsEndpoint, urlParser: urlParser, tls: tls} = input;
            return Object.assign(input, {
                tls: tls ?? !0,
                endpoint: endpoint ? normalizeProvider("string" == typeof endpoint ? urlParser(endpoint) : endpoint) : () => (async input => {
                    const {tls: tls = !0} = input, region = await input.region();
                    if (!new RegExp(/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/).test(region)) throw new Error("Invalid region in client config");
                    const useDualstackEndpoint = await input.useDualstackEndpoint(), useFipsEndpoint = await input.useFipsEndpoint(), {hostname: hostname} = await input.regionInfoProvider(region, {
                        useDualstackEndpoint: useDualstackEndpoint,
                        useFipsEndpoint: useFipsEndpoint
                    }) ?? {};
                    if (!hostname) throw new Error("Cannot resolve hostname from client config");
                    return input.urlParser(`${tls ? "https:" : "http:"}//${hostname}`);
                })({
                    ...input,
                    useDualstackEndpoint: useDualstackEndpoint,
                    useFipsEndpoint: useFipsEndpoint
                }),
                isCustomEndpoint: !!endpoint,
                useDualstackEndpoint: useDualstackEndpoint
            });
        }, exports.resolveRegionConfig = input => {
            const {region: region, useFipsEndpoint: useFipsEndpoint} = input;
            if (!region) throw new Error("Region is missing");
            return Object.assign(input, {
                region: async () => {
                    const realRegion = (region => isFipsRegion(region) ? [ "fips-aws-global", "aws-fips" ].includes(region) ? "us-east-1" : region.replace(/fips-(dkr-|prod-)?|-fips/, "") : region)("function" == typeof region ? await region() : region);
                    return ((region, check = isValidHostLabel) => {
                        if (validRegions.has(region) || check(region)) validRegions.add(region); else {
                            if ("*" !== region) throw new Error(`Region not accepted: region="${region}" is not a valid hostname component.`);
                            console.warn('@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');
                        }
                    })(realRegion), realRegion;
                },
                useFipsEndpoint: async () => {
                    const providedRegion = "string" == typeof region ? region : await region();
                    return !!isFipsRegion(providedRegion) || ("function" != typeof useFipsEndpoint ? Promise.resolve(!!useFipsEndpoint) : useFipsEndpoint());
                }
            });
        };
    },
    2085: (__unused_webpack_module, exports, __webpack_require__) => {
        const {CONFIG_PREFIX_SEPARATOR: CONFIG_PREFIX_SEPARATOR, booleanSelector: booleanSelector, SelectorType: SelectorType, loadConfig: loadConfig} = __webpack_require__(7291), {toEndpointV1: toEndpointV1, getSmithyContext: getSmithyContext, normalizeProvider: normalizeProvider, isValidHostLabel: isValidHostLabel, hasOwn: hasOwn} = __webpack_require__(4534);
        exports.isValidHostLabel = isValidHostLabel, exports.middlewareEndpointToEndpointV1 = toEndpointV1, 
        exports.toEndpointV1 = toEndpointV1;
        const {EndpointURLScheme: EndpointURLScheme} = __webpack_require__(5662), ENV_ENDPOINT_URL = "AWS_ENDPOINT_URL", CONFIG_ENDPOINT_URL = "endpoint_url", ignoreConfiguredEndpointUrlsConfigSelectors = {
            environmentVariableSelector: env => booleanSelector(env, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", SelectorType.ENV),
            configFileSelector: profile => booleanSelector(profile, "ignore_configured_endpoint_urls", SelectorType.CONFIG),
            default: !1
        }, getEndpointFromConfig = async serviceId => {
            if (!await loadConfig(ignoreConfiguredEndpointUrlsConfigSelectors)()) return loadConfig((serviceId => ({
                environmentVariableSelector: env => {
                    const serviceSuffixParts = serviceId.split(" ").map(w => w.toUpperCase()), serviceEndpointUrl = env[[ ENV_ENDPOINT_URL, ...serviceSuffixParts ].join("_")];
                    return serviceEndpointUrl || (env[ENV_ENDPOINT_URL] || void 0);
                },
                configFileSelector: (profile, config) => {
                    if (profile.services) {
                        const servicesSectionKey = [ "services", profile.services ].join(CONFIG_PREFIX_SEPARATOR);
                        if (!config || !config[servicesSectionKey]) throw new Error(`The services section "${profile.services}" specified in the profile is not present in the shared configuration file.`);
                        const endpointUrl = config[servicesSectionKey][[ serviceId.split(" ").map(w => w.toLowerCase()).join("_"), CONFIG_ENDPOINT_URL ].join(CONFIG_PREFIX_SEPARATOR)];
                        if (endpointUrl) return endpointUrl;
                    }
                    const endpointUrl = profile[CONFIG_ENDPOINT_URL];
                    if (endpointUrl) return endpointUrl;
                },
                default: void 0
            }))(serviceId ?? ""))();
        }, DOMAIN_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, IP_ADDRESS_PATTERN = /(\d+\.){3}\d+/, DOTS_PATTERN = /\.\./, createConfigValueProvider = (configKey, canonicalEndpointParamKey, config, isClientContextParam = !1) => {
            const configProvider = async () => {
                let configValue;
                if (isClientContextParam) {
                    const clientContextParams = config.clientContextParams, nestedValue = clientContextParams?.[configKey];
                    configValue = nestedValue ?? config[configKey] ?? config[canonicalEndpointParamKey];
                } else configValue = config[configKey] ?? config[canonicalEndpointParamKey];
                return "function" == typeof configValue ? configValue() : configValue;
            };
            return "credentialScope" === configKey || "CredentialScope" === canonicalEndpointParamKey ? async () => {
                const credentials = "function" == typeof config.credentials ? await config.credentials() : config.credentials;
                return credentials?.credentialScope ?? credentials?.CredentialScope;
            } : "accountId" === configKey || "AccountId" === canonicalEndpointParamKey ? async () => {
                const credentials = "function" == typeof config.credentials ? await config.credentials() : config.credentials;
                return credentials?.accountId ?? credentials?.AccountId;
            } : "endpoint" === configKey || "endpoint" === canonicalEndpointParamKey ? async () => {
                if (!1 === config.isCustomEndpoint) return;
                const endpoint = await configProvider();
                if (endpoint && "object" == typeof endpoint) {
                    if ("url" in endpoint) return endpoint.url.href;
                    if ("hostname" in endpoint) {
                        const {protocol: protocol, hostname: hostname, port: port, path: path} = endpoint;
                        return `${protocol}//${hostname}${port ? ":" + port : ""}${path}`;
                    }
                }
                return endpoint;
            } : configProvider;
        };
        function bindGetEndpointFromInstructions(getEndpointFromConfig) {
            return async (commandInput, instructionsSupplier, clientConfig, context) => {
                if (!clientConfig.isCustomEndpoint && !clientConfig.ignoreConfiguredEndpointUrls) {
                    let endpointFromConfig;
                    endpointFromConfig = clientConfig.serviceConfiguredEndpoint ? await clientConfig.serviceConfiguredEndpoint() : await getEndpointFromConfig(clientConfig.serviceId), 
                    endpointFromConfig && (clientConfig.endpoint = () => Promise.resolve(toEndpointV1(endpointFromConfig)), 
                    clientConfig.isCustomEndpoint = !0, context?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${endpointFromConfig}`));
                }
                const endpointParams = await resolveParams(commandInput, instructionsSupplier, clientConfig);
                if ("function" != typeof clientConfig.endpointProvider) throw new Error("config.endpointProvider is not set.");
                const endpoint = clientConfig.endpointProvider(endpointParams, context);
                if (clientConfig.isCustomEndpoint && clientConfig.endpoint) {
                    const customEndpoint = await clientConfig.endpoint();
                    if (customEndpoint?.headers) {
                        endpoint.headers ??= {};
                        for (const [name, value] of Object.entries(customEndpoint.headers)) endpoint.headers[name] = Array.isArray(value) ? value : [ value ];
                    }
                }
                return endpoint;
            };
        }
        const resolveParams = async (commandInput, instructionsSupplier, clientConfig) => {
            const endpointParams = {}, instructions = instructionsSupplier?.getEndpointParameterInstructions?.() || {};
            for (const [name, instruction] of Object.entries(instructions)) switch (instruction.type) {
              case "staticContextParams":
                endpointParams[name] = instruction.value;
                break;

              case "contextParams":
                endpointParams[name] = commandInput[instruction.name];
                break;

              case "clientContextParams":
              case "builtInParams":
                endpointParams[name] = await createConfigValueProvider(instruction.name, name, clientConfig, "builtInParams" !== instruction.type)();
                break;

              case "operationContextParams":
                endpointParams[name] = instruction.get(commandInput);
                break;

              default:
                throw new Error("Unrecognized endpoint parameter instruction: " + JSON.stringify(instruction));
            }
            return 0 === Object.keys(instructions).length && Object.assign(endpointParams, clientConfig), 
            "s3" === String(clientConfig.serviceId).toLowerCase() && await (async endpointParams => {
                const bucket = endpointParams?.Bucket || "";
                if ("string" == typeof endpointParams.Bucket && (endpointParams.Bucket = bucket.replace(/#/g, encodeURIComponent("#")).replace(/\?/g, encodeURIComponent("?"))), 
                (bucketName => {
                    const [arn, partition, service, , , bucket] = bucketName.split(":"), isArn = "arn" === arn && bucketName.split(":").length >= 6, isValidArn = Boolean(isArn && partition && service && bucket);
                    if (isArn && !isValidArn) throw new Error(`Invalid ARN: ${bucketName} was an invalid ARN.`);
                    return isValidArn;
                })(bucket)) {
                    if (!0 === endpointParams.ForcePathStyle) throw new Error("Path-style addressing cannot be used with ARN buckets");
                } else bucketName = bucket, (!DOMAIN_PATTERN.test(bucketName) || IP_ADDRESS_PATTERN.test(bucketName) || DOTS_PATTERN.test(bucketName) || -1 !== bucket.indexOf(".") && !String(endpointParams.Endpoint).startsWith("http:") || bucket.toLowerCase() !== bucket || bucket.length < 3) && (endpointParams.ForcePathStyle = !0);
                var bucketName;
                return endpointParams.DisableMultiRegionAccessPoints && (endpointParams.disableMultiRegionAccessPoints = !0, 
                endpointParams.DisableMRAP = !0), endpointParams;
            })(endpointParams), endpointParams;
        };
        function bindEndpointMiddleware(getEndpointFromConfig) {
            const getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig);
            return ({config: config, instructions: instructions}) => (next, context) => async args => {
                config.isCustomEndpoint && function(context) {
                    context.__smithy_context ? context.__smithy_context.features || (context.__smithy_context.features = {}) : context.__smithy_context = {
                        features: {}
                    }, context.__smithy_context.features.ENDPOINT_OVERRIDE = "N";
                }(context);
                const endpoint = await getEndpointFromInstructions(args.input, {
                    getEndpointParameterInstructions: () => instructions
                }, {
                    ...config
                }, context);
                context.endpointV2 = endpoint, context.authSchemes = endpoint.properties?.authSchemes;
                const authScheme = context.authSchemes?.[0];
                if (authScheme) {
                    context.signing_region = authScheme.signingRegion, context.signing_service = authScheme.signingName;
                    const smithyContext = getSmithyContext(context), httpAuthOption = smithyContext?.selectedHttpAuthScheme?.httpAuthOption;
                    httpAuthOption && (httpAuthOption.signingProperties = Object.assign(httpAuthOption.signingProperties || {}, {
                        signing_region: authScheme.signingRegion,
                        signingRegion: authScheme.signingRegion,
                        signing_service: authScheme.signingName,
                        signingName: authScheme.signingName,
                        signingRegionSet: authScheme.signingRegionSet
                    }, authScheme.properties));
                }
                return next({
                    ...args
                });
            };
        }
        const endpointMiddlewareOptions = {
            step: "serialize",
            tags: [ "ENDPOINT_PARAMETERS", "ENDPOINT_V2", "ENDPOINT" ],
            name: "endpointV2Middleware",
            override: !0,
            relation: "before",
            toMiddleware: "serializerMiddleware"
        };
        class BinaryDecisionDiagram {
            nodes;
            root;
            conditions;
            results;
            constructor(bdd, root, conditions, results) {
                this.nodes = bdd, this.root = root, this.conditions = conditions, this.results = results;
            }
            static from(bdd, root, conditions, results) {
                return new BinaryDecisionDiagram(bdd, root, conditions, results);
            }
        }
        class EndpointError extends Error {
            constructor(message) {
                super(message), this.name = "EndpointError";
            }
        }
        function toDebugString(input) {
            return "object" != typeof input || null == input ? input : "ref" in input ? `$${toDebugString(input.ref)}` : "fn" in input ? `${input.fn}(${(input.argv || []).map(toDebugString).join(", ")})` : JSON.stringify(input, null, 2);
        }
        const customEndpointFunctions = {}, getAttr = (value, path) => (path => {
            const parts = path.split("."), pathList = [];
            for (const part of parts) {
                const squareBracketIndex = part.indexOf("[");
                if (-1 !== squareBracketIndex) {
                    if (part.indexOf("]") !== part.length - 1) throw new EndpointError(`Path: '${path}' does not end with ']'`);
                    const arrayIndex = part.slice(squareBracketIndex + 1, -1);
                    if (Number.isNaN(parseInt(arrayIndex))) throw new EndpointError(`Invalid array index: '${arrayIndex}' in path: '${path}'`);
                    0 !== squareBracketIndex && pathList.push(part.slice(0, squareBracketIndex)), pathList.push(arrayIndex);
                } else pathList.push(part);
            }
            return pathList;
        })(path).reduce((acc, index) => {
            if ("object" != typeof acc) throw new EndpointError(`Index '${index}' in '${path}' not found in '${JSON.stringify(value)}'`);
            if (Array.isArray(acc)) {
                const i = parseInt(index);
                return acc[i < 0 ? acc.length + i : i];
            }
            return acc[index];
        }, value), IP_V4_REGEX = new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"), isIpAddress = value => IP_V4_REGEX.test(value) || value.startsWith("[") && value.endsWith("]"), DEFAULT_PORTS = {
            [EndpointURLScheme.HTTP]: 80,
            [EndpointURLScheme.HTTPS]: 443
        }, endpointFunctions = {
            booleanEquals: (value1, value2) => value1 === value2,
            coalesce: function(...args) {
                for (const arg of args) if (null != arg) return arg;
            },
            getAttr: getAttr,
            isSet: value => null != value,
            isValidHostLabel: isValidHostLabel,
            ite: function(condition, trueValue, falseValue) {
                return condition ? trueValue : falseValue;
            },
            not: value => !value,
            parseURL: value => {
                const whatwgURL = (() => {
                    try {
                        if (value instanceof URL) return value;
                        if ("object" == typeof value && "hostname" in value) {
                            const {hostname: hostname, port: port, protocol: protocol = "", path: path = "", query: query = {}} = value, url = new URL(`${protocol}//${hostname}${port ? `:${port}` : ""}${path}`);
                            return url.search = Object.entries(query).map(([k, v]) => `${k}=${v}`).join("&"), 
                            url;
                        }
                        return new URL(value);
                    } catch (ignored) {
                        return null;
                    }
                })();
                if (!whatwgURL) return console.error(`Unable to parse ${JSON.stringify(value)} as a whatwg URL.`), 
                null;
                const urlString = whatwgURL.href, {host: host, hostname: hostname, pathname: pathname, protocol: protocol, search: search} = whatwgURL;
                if (search) return null;
                const scheme = protocol.slice(0, -1);
                if (!Object.values(EndpointURLScheme).includes(scheme)) return null;
                const isIp = isIpAddress(hostname);
                return {
                    scheme: scheme,
                    authority: `${host}${urlString.includes(`${host}:${DEFAULT_PORTS[scheme]}`) || "string" == typeof value && value.includes(`${host}:${DEFAULT_PORTS[scheme]}`) ? `:${DEFAULT_PORTS[scheme]}` : ""}`,
                    path: pathname,
                    normalizedPath: pathname.endsWith("/") ? pathname : `${pathname}/`,
                    isIp: isIp
                };
            },
            split: function(value, delimiter, limit) {
                if (1 === limit) return [ value ];
                if ("" === value) return [ "" ];
                const parts = value.split(delimiter);
                return 0 === limit ? parts : parts.slice(0, limit - 1).concat(parts.slice(1).join(delimiter));
            },
            stringEquals: (value1, value2) => value1 === value2,
            substring: (input, start, stop, reverse) => null == input || start >= stop || input.length < stop || /[^\u0000-\u007f]/.test(input) ? null : reverse ? input.substring(input.length - stop, input.length - start) : input.substring(start, stop),
            uriEncode: value => encodeURIComponent(value).replace(/[!*'()]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        }, evaluateTemplate = (template, options) => {
            const evaluatedTemplateArr = [], {referenceRecord: referenceRecord, endpointParams: endpointParams} = options;
            let currentIndex = 0;
            for (;currentIndex < template.length; ) {
                const openingBraceIndex = template.indexOf("{", currentIndex);
                if (-1 === openingBraceIndex) {
                    evaluatedTemplateArr.push(template.slice(currentIndex));
                    break;
                }
                evaluatedTemplateArr.push(template.slice(currentIndex, openingBraceIndex));
                const closingBraceIndex = template.indexOf("}", openingBraceIndex);
                if (-1 === closingBraceIndex) {
                    evaluatedTemplateArr.push(template.slice(openingBraceIndex));
                    break;
                }
                "{" === template[openingBraceIndex + 1] && "}" === template[closingBraceIndex + 1] && (evaluatedTemplateArr.push(template.slice(openingBraceIndex + 1, closingBraceIndex)), 
                currentIndex = closingBraceIndex + 2);
                const parameterName = template.substring(openingBraceIndex + 1, closingBraceIndex);
                if (parameterName.includes("#")) {
                    const [refName, attrName] = parameterName.split("#");
                    evaluatedTemplateArr.push(getAttr(referenceRecord[refName] ?? endpointParams[refName], attrName));
                } else evaluatedTemplateArr.push(referenceRecord[parameterName] ?? endpointParams[parameterName]);
                currentIndex = closingBraceIndex + 1;
            }
            return evaluatedTemplateArr.join("");
        }, evaluateExpression = (obj, keyName, options) => {
            if ("string" == typeof obj) return evaluateTemplate(obj, options);
            if (obj.fn) return group$2.callFunction(obj, options);
            if (obj.ref) return (({ref: ref}, options) => options.referenceRecord[ref] ?? options.endpointParams[ref])(obj, options);
            throw new EndpointError(`'${keyName}': ${String(obj)} is not a string, function or reference.`);
        }, callFunction = ({fn: fn, argv: argv}, options) => {
            const evaluatedArgs = Array(argv.length);
            for (let i = 0; i < evaluatedArgs.length; ++i) {
                const arg = argv[i];
                evaluatedArgs[i] = "boolean" == typeof arg || "number" == typeof arg ? arg : group$2.evaluateExpression(arg, "arg", options);
            }
            const namespaceSeparatorIndex = fn.indexOf(".");
            if (-1 !== namespaceSeparatorIndex) {
                const namespaceFunctions = customEndpointFunctions[fn.slice(0, namespaceSeparatorIndex)], customFunction = namespaceFunctions?.[fn.slice(namespaceSeparatorIndex + 1)];
                if ("function" == typeof customFunction) return customFunction(...evaluatedArgs);
            }
            const callable = endpointFunctions[fn];
            if ("function" == typeof callable) return callable(...evaluatedArgs);
            throw new Error(`function ${fn} not loaded in endpointFunctions.`);
        }, group$2 = {
            evaluateExpression: evaluateExpression,
            callFunction: callFunction
        }, evaluateCondition = (condition, options) => {
            const {assign: assign} = condition;
            if (assign && assign in options.referenceRecord) throw new EndpointError(`'${assign}' is already defined in Reference Record.`);
            const value = callFunction(condition, options);
            options.logger?.debug?.(`endpoints evaluateCondition: ${toDebugString(condition)} = ${toDebugString(value)}`);
            const result = "" === value || !!value;
            return null != assign ? {
                result: result,
                toAssign: {
                    name: assign,
                    value: value
                }
            } : {
                result: result
            };
        }, getEndpointHeaders = (headers, options) => Object.entries(headers ?? {}).reduce((acc, [headerKey, headerVal]) => (acc[headerKey] = headerVal.map(headerValEntry => {
            const processedExpr = evaluateExpression(headerValEntry, "Header value entry", options);
            if ("string" != typeof processedExpr) throw new EndpointError(`Header '${headerKey}' value '${processedExpr}' is not a string`);
            return processedExpr;
        }), acc), {}), getEndpointProperties = (properties, options) => Object.entries(properties).reduce((acc, [propertyKey, propertyVal]) => (acc[propertyKey] = group$1.getEndpointProperty(propertyVal, options), 
        acc), {}), getEndpointProperty = (property, options) => {
            if (Array.isArray(property)) return property.map(propertyEntry => getEndpointProperty(propertyEntry, options));
            switch (typeof property) {
              case "string":
                return evaluateTemplate(property, options);

              case "object":
                if (null === property) throw new EndpointError(`Unexpected endpoint property: ${property}`);
                return group$1.getEndpointProperties(property, options);

              case "boolean":
                return property;

              default:
                throw new EndpointError("Unexpected endpoint property type: " + typeof property);
            }
        }, group$1 = {
            getEndpointProperty: getEndpointProperty,
            getEndpointProperties: getEndpointProperties
        }, getEndpointUrl = (endpointUrl, options) => {
            const expression = evaluateExpression(endpointUrl, "Endpoint URL", options);
            if ("string" == typeof expression) try {
                return new URL(expression);
            } catch (error) {
                throw console.error(`Failed to construct URL with ${expression}`, error), error;
            }
            throw new EndpointError("Endpoint URL must be a string, got " + typeof expression);
        }, evaluateConditions = (conditions = [], options) => {
            const conditionsReferenceRecord = {}, conditionOptions = {
                ...options,
                referenceRecord: {
                    ...options.referenceRecord
                }
            };
            let didAssign = !1;
            for (const condition of conditions) {
                const {result: result, toAssign: toAssign} = evaluateCondition(condition, conditionOptions);
                if (!result) return {
                    result: result
                };
                toAssign && (didAssign = !0, conditionsReferenceRecord[toAssign.name] = toAssign.value, 
                conditionOptions.referenceRecord[toAssign.name] = toAssign.value, options.logger?.debug?.(`endpoints assign: ${toAssign.name} := ${toDebugString(toAssign.value)}`));
            }
            return didAssign ? {
                result: !0,
                referenceRecord: conditionsReferenceRecord
            } : {
                result: !0
            };
        }, evaluateEndpointRule = (endpointRule, options) => {
            const {conditions: conditions, endpoint: endpoint} = endpointRule, {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
            if (!result) return;
            const endpointRuleOptions = referenceRecord ? {
                ...options,
                referenceRecord: {
                    ...options.referenceRecord,
                    ...referenceRecord
                }
            } : options, {url: url, properties: properties, headers: headers} = endpoint;
            options.logger?.debug?.(`endpoints Resolving endpoint from template: ${toDebugString(endpoint)}`);
            const endpointToReturn = {
                url: getEndpointUrl(url, endpointRuleOptions)
            };
            return null != headers && (endpointToReturn.headers = getEndpointHeaders(headers, endpointRuleOptions)), 
            null != properties && (endpointToReturn.properties = getEndpointProperties(properties, endpointRuleOptions)), 
            endpointToReturn;
        }, evaluateErrorRule = (errorRule, options) => {
            const {conditions: conditions, error: error} = errorRule, {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
            if (!result) return;
            const errorRuleOptions = referenceRecord ? {
                ...options,
                referenceRecord: {
                    ...options.referenceRecord,
                    ...referenceRecord
                }
            } : options;
            throw new EndpointError(evaluateExpression(error, "Error", errorRuleOptions));
        }, evaluateRules = (rules, options) => {
            for (const rule of rules) if ("endpoint" === rule.type) {
                const endpointOrUndefined = evaluateEndpointRule(rule, options);
                if (endpointOrUndefined) return endpointOrUndefined;
            } else if ("error" === rule.type) evaluateErrorRule(rule, options); else {
                if ("tree" !== rule.type) throw new EndpointError(`Unknown endpoint rule: ${rule}`);
                {
                    const endpointOrUndefined = group.evaluateTreeRule(rule, options);
                    if (endpointOrUndefined) return endpointOrUndefined;
                }
            }
            throw new EndpointError("Rules evaluation failed");
        }, group = {
            evaluateRules: evaluateRules,
            evaluateTreeRule: (treeRule, options) => {
                const {conditions: conditions, rules: rules} = treeRule, {result: result, referenceRecord: referenceRecord} = evaluateConditions(conditions, options);
                if (!result) return;
                const treeRuleOptions = referenceRecord ? {
                    ...options,
                    referenceRecord: {
                        ...options.referenceRecord,
                        ...referenceRecord
                    }
                } : options;
                return group.evaluateRules(rules, treeRuleOptions);
            }
        }, getEndpointFromInstructions = bindGetEndpointFromInstructions(getEndpointFromConfig), resolveEndpointConfig = function(getEndpointFromConfig) {
            return input => {
                const tls = input.tls ?? !0, {endpoint: endpoint, useDualstackEndpoint: useDualstackEndpoint, useFipsEndpoint: useFipsEndpoint} = input, customEndpointProvider = null != endpoint ? async () => toEndpointV1(await normalizeProvider(endpoint)()) : void 0, isCustomEndpoint = !!endpoint, resolvedConfig = Object.assign(input, {
                    endpoint: customEndpointProvider,
                    tls: tls,
                    isCustomEndpoint: isCustomEndpoint,
                    useDualstackEndpoint: normalizeProvider(useDualstackEndpoint ?? !1),
                    useFipsEndpoint: normalizeProvider(useFipsEndpoint ?? !1),
                    ignoreConfiguredEndpointUrls: !!input.ignoreConfiguredEndpointUrls
                });
                let configuredEndpointPromise;
                return resolvedConfig.serviceConfiguredEndpoint = async () => (input.serviceId && !configuredEndpointPromise && (configuredEndpointPromise = getEndpointFromConfig(input.serviceId)), 
                configuredEndpointPromise), resolvedConfig;
            };
        }(getEndpointFromConfig), endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig), getEndpointPlugin = function(getEndpointFromConfig) {
            const endpointMiddleware = bindEndpointMiddleware(getEndpointFromConfig);
            return (config, instructions) => ({
                applyToStack: clientStack => {
                    clientStack.addRelativeTo(endpointMiddleware({
                        config: config,
                        instructions: instructions
                    }), endpointMiddlewareOptions);
                }
            });
        }(getEndpointFromConfig);
        exports.BinaryDecisionDiagram = BinaryDecisionDiagram, exports.EndpointCache = class {
            capacity;
            data=new Map;
            parameters=[];
            constructor({size: size, params: params}) {
                this.capacity = size ?? 50, params && (this.parameters = params);
            }
            get(endpointParams, resolver) {
                const key = this.hash(endpointParams);
                if (!1 === key) return resolver();
                if (!this.data.has(key)) {
                    if (this.data.size > this.capacity + 10) {
                        const keys = this.data.keys();
                        let i = 0;
                        for (;;) {
                            const {value: value, done: done} = keys.next();
                            if (this.data.delete(value), done || ++i > 10) break;
                        }
                    }
                    this.data.set(key, resolver());
                }
                return this.data.get(key);
            }
            size() {
                return this.data.size;
            }
            hash(endpointParams) {
                let buffer = "";
                const {parameters: parameters} = this;
                if (0 === parameters.length) return !1;
                for (const param of parameters) {
                    const raw = endpointParams[param], val = null == raw ? "\0" : String(raw);
                    if (val.includes("|;")) return !1;
                    buffer += val + "|;";
                }
                return buffer;
            }
        }, exports.EndpointError = EndpointError, exports.customEndpointFunctions = customEndpointFunctions, 
        exports.decideEndpoint = (bdd, options) => {
            const {nodes: nodes, root: root, results: results, conditions: conditions} = bdd;
            let ref = root;
            const referenceRecord = {}, closure = {
                referenceRecord: referenceRecord,
                endpointParams: options.endpointParams,
                logger: options.logger
            };
            for (;1 !== ref && -1 !== ref && ref < 1e8; ) {
                const node_i = 3 * (Math.abs(ref) - 1), [condition_i, highRef, lowRef] = [ nodes[node_i], nodes[node_i + 1], nodes[node_i + 2] ], [fn, argv, assign] = conditions[condition_i], evaluation = evaluateCondition({
                    fn: fn,
                    assign: assign,
                    argv: argv
                }, closure);
                if (evaluation.toAssign) {
                    const {name: name, value: value} = evaluation.toAssign;
                    referenceRecord[name] = value;
                }
                ref = ref >= 0 === evaluation.result ? highRef : lowRef;
            }
            if (ref >= 1e8) {
                const result = results[ref - 1e8];
                if (-1 === result[0]) {
                    const [, errorExpression] = result;
                    throw new EndpointError(evaluateExpression(errorExpression, "Error", closure));
                }
                const [url, properties, headers] = result;
                return {
                    url: getEndpointUrl(url, closure),
                    properties: getEndpointProperties(properties, closure),
                    headers: getEndpointHeaders(headers ?? {}, closure)
                };
            }
            throw new EndpointError("No matching endpoint.");
        }, exports.endpointMiddleware = endpointMiddleware, exports.endpointMiddlewareOptions = endpointMiddlewareOptions, 
        exports.getEndpointFromInstructions = getEndpointFromInstructions, exports.getEndpointPlugin = getEndpointPlugin, 
        exports.isIpAddress = isIpAddress, exports.resolveEndpoint = (ruleSetObject, options) => {
            const {endpointParams: endpointParams, logger: logger} = options, {parameters: parameters, rules: rules} = ruleSetObject;
            options.logger?.debug?.(`endpoints Initial EndpointParams: ${toDebugString(endpointParams)}`);
            for (const paramKey in parameters) {
                if (!hasOwn(parameters, paramKey)) continue;
                const parameter = parameters[paramKey], endpointParam = endpointParams[paramKey];
                if (null != endpointParam || null == parameter.default) {
                    if (parameter.required && null == endpointParam) throw new EndpointError(`Missing required parameter: '${paramKey}'`);
                } else endpointParams[paramKey] = parameter.default;
            }
            const endpoint = evaluateRules(rules, {
                endpointParams: endpointParams,
                logger: logger,
                referenceRecord: {}
            });
            return options.logger?.debug?.(`endpoints Resolved endpoint: ${toDebugString(endpoint)}`), 
            endpoint;
        }, exports.resolveEndpointConfig = resolveEndpointConfig, exports.resolveEndpointRequiredConfig = input => {
            const {endpoint: endpoint} = input;
            return void 0 === endpoint && (input.endpoint = async () => {
                throw new Error("@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.");
            }), input;
        }, exports.resolveParams = resolveParams;
    },
    6579: (__unused_webpack_module, exports, __webpack_require__) => {
        const {Crc32: Crc32} = __webpack_require__(9542), {hasOwn: hasOwn} = __webpack_require__(4534), {toHex: toHex, fromHex: fromHex, toUtf8: toUtf8, fromUtf8: fromUtf8} = __webpack_require__(2430), {Readable: Readable} = __webpack_require__(7075), {TypeRegistry: TypeRegistry} = __webpack_require__(6890);
        class Int64 {
            bytes;
            constructor(bytes) {
                if (this.bytes = bytes, 8 !== bytes.byteLength) throw new Error("Int64 buffers must be exactly 8 bytes");
            }
            static fromNumber(number) {
                if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
                const bytes = new Uint8Array(8);
                for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, 
                remaining /= 256) bytes[i] = remaining;
                return number < 0 && negate(bytes), new Int64(bytes);
            }
            valueOf() {
                const bytes = this.bytes.slice(0), negative = 128 & bytes[0];
                return negative && negate(bytes), parseInt(toHex(bytes), 16) * (negative ? -1 : 1);
            }
            toString() {
                return String(this.valueOf());
            }
        }
        function negate(bytes) {
            for (let i = 0; i < 8; i++) bytes[i] ^= 255;
            for (let i = 7; i > -1 && (bytes[i]++, 0 === bytes[i]); i--) ;
        }
        class HeaderMarshaller {
            toUtf8;
            fromUtf8;
            constructor(toUtf8, fromUtf8) {
                this.toUtf8 = toUtf8, this.fromUtf8 = fromUtf8;
            }
            format(headers) {
                const chunks = [];
                for (const headerName in headers) {
                    if (!hasOwn(headers, headerName)) continue;
                    const bytes = this.fromUtf8(headerName);
                    if (bytes.byteLength > 255) throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${bytes.byteLength}`);
                    chunks.push(Uint8Array.from([ bytes.byteLength ]), bytes, this.formatHeaderValue(headers[headerName]));
                }
                const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
                let position = 0;
                for (const chunk of chunks) out.set(chunk, position), position += chunk.byteLength;
                return out;
            }
            formatHeaderValue(header) {
                switch (header.type) {
                  case "boolean":
                    return Uint8Array.from([ header.value ? 0 : 1 ]);

                  case "byte":
                    return Uint8Array.from([ 2, header.value ]);

                  case "short":
                    const shortView = new DataView(new ArrayBuffer(3));
                    return shortView.setUint8(0, 3), shortView.setInt16(1, header.value, !1), new Uint8Array(shortView.buffer);

                  case "integer":
                    const intView = new DataView(new ArrayBuffer(5));
                    return intView.setUint8(0, 4), intView.setInt32(1, header.value, !1), new Uint8Array(intView.buffer);

                  case "long":
                    const longBytes = new Uint8Array(9);
                    return longBytes[0] = 5, longBytes.set(header.value.bytes, 1), longBytes;

                  case "binary":
                    if (header.value.byteLength > MAX_HEADER_VALUE_BYTES) throw new Error(`@smithy/core/event-streams - header value (binary) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${header.value.byteLength}`);
                    const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
                    binView.setUint8(0, 6), binView.setUint16(1, header.value.byteLength, !1);
                    const binBytes = new Uint8Array(binView.buffer);
                    return binBytes.set(header.value, 3), binBytes;

                  case "string":
                    const utf8Bytes = this.fromUtf8(header.value);
                    if (utf8Bytes.byteLength > MAX_HEADER_VALUE_BYTES) throw new Error(`@smithy/core/event-streams - header value (string) exceeds ${MAX_HEADER_VALUE_BYTES} bytes: ${utf8Bytes.byteLength}`);
                    const strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
                    strView.setUint8(0, 7), strView.setUint16(1, utf8Bytes.byteLength, !1);
                    const strBytes = new Uint8Array(strView.buffer);
                    return strBytes.set(utf8Bytes, 3), strBytes;

                  case "timestamp":
                    const tsBytes = new Uint8Array(9);
                    return tsBytes[0] = 8, tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1), 
                    tsBytes;

                  case "uuid":
                    if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
                    const uuidBytes = new Uint8Array(17);
                    return uuidBytes[0] = 9, uuidBytes.set(fromHex(header.value.replace(/-/g, "")), 1), 
                    uuidBytes;
                }
            }
            parse(headers) {
                const out = {};
                let position = 0;
                for (;position < headers.byteLength; ) {
                    const nameLength = headers.getUint8(position++), name = this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, nameLength));
                    switch (position += nameLength, headers.getUint8(position++)) {
                      case 0:
                        out[name] = {
                            type: BOOLEAN_TAG,
                            value: !0
                        };
                        break;

                      case 1:
                        out[name] = {
                            type: BOOLEAN_TAG,
                            value: !1
                        };
                        break;

                      case 2:
                        out[name] = {
                            type: BYTE_TAG,
                            value: headers.getInt8(position++)
                        };
                        break;

                      case 3:
                        out[name] = {
                            type: SHORT_TAG,
                            value: headers.getInt16(position, !1)
                        }, position += 2;
                        break;

                      case 4:
                        out[name] = {
                            type: INT_TAG,
                            value: headers.getInt32(position, !1)
                        }, position += 4;
                        break;

                      case 5:
                        out[name] = {
                            type: LONG_TAG,
                            value: new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8))
                        }, position += 8;
                        break;

                      case 6:
                        const binaryLength = headers.getUint16(position, !1);
                        position += 2, out[name] = {
                            type: BINARY_TAG,
                            value: new Uint8Array(headers.buffer, headers.byteOffset + position, binaryLength)
                        }, position += binaryLength;
                        break;

                      case 7:
                        const stringLength = headers.getUint16(position, !1);
                        position += 2, out[name] = {
                            type: STRING_TAG,
                            value: this.toUtf8(new Uint8Array(headers.buffer, headers.byteOffset + position, stringLength))
                        }, position += stringLength;
                        break;

                      case 8:
                        out[name] = {
                            type: TIMESTAMP_TAG,
                            value: new Date(new Int64(new Uint8Array(headers.buffer, headers.byteOffset + position, 8)).valueOf())
                        }, position += 8;
                        break;

                      case 9:
                        const uuidBytes = new Uint8Array(headers.buffer, headers.byteOffset + position, 16);
                        position += 16, out[name] = {
                            type: UUID_TAG,
                            value: `${toHex(uuidBytes.subarray(0, 4))}-${toHex(uuidBytes.subarray(4, 6))}-${toHex(uuidBytes.subarray(6, 8))}-${toHex(uuidBytes.subarray(8, 10))}-${toHex(uuidBytes.subarray(10))}`
                        };
                        break;

                      default:
                        throw new Error("Unrecognized header type tag");
                    }
                }
                return out;
            }
        }
        var HEADER_VALUE_TYPE;
        !function(HEADER_VALUE_TYPE) {
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.boolTrue = 0] = "boolTrue", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.boolFalse = 1] = "boolFalse", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.byte = 2] = "byte", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.short = 3] = "short", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.integer = 4] = "integer", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.long = 5] = "long", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.byteArray = 6] = "byteArray", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.string = 7] = "string", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.timestamp = 8] = "timestamp", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.uuid = 9] = "uuid";
        }(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
        const BOOLEAN_TAG = "boolean", BYTE_TAG = "byte", SHORT_TAG = "short", INT_TAG = "integer", LONG_TAG = "long", BINARY_TAG = "binary", STRING_TAG = "string", TIMESTAMP_TAG = "timestamp", UUID_TAG = "uuid", UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/, MAX_HEADER_VALUE_BYTES = 32767;
        class EventStreamCodec {
            headerMarshaller;
            messageBuffer;
            isEndOfStream;
            constructor(toUtf8, fromUtf8) {
                this.headerMarshaller = new HeaderMarshaller(toUtf8, fromUtf8), this.messageBuffer = [], 
                this.isEndOfStream = !1;
            }
            feed(message) {
                this.messageBuffer.push(this.decode(message));
            }
            endOfStream() {
                this.isEndOfStream = !0;
            }
            getMessage() {
                const message = this.messageBuffer.pop(), isEndOfStream = this.isEndOfStream;
                return {
                    getMessage: () => message,
                    isEndOfStream: () => isEndOfStream
                };
            }
            getAvailableMessages() {
                const messages = this.messageBuffer;
                this.messageBuffer = [];
                const isEndOfStream = this.isEndOfStream;
                return {
                    getMessages: () => messages,
                    isEndOfStream: () => isEndOfStream
                };
            }
            encode({headers: rawHeaders, body: body}) {
                const headers = this.headerMarshaller.format(rawHeaders), length = headers.byteLength + body.byteLength + 16, out = new Uint8Array(length), view = new DataView(out.buffer, out.byteOffset, out.byteLength), checksum = new Crc32;
                return view.setUint32(0, length, !1), view.setUint32(4, headers.byteLength, !1), 
                checksum.update(out.subarray(0, 8)), view.setUint32(8, checksum.digestSync(), !1), 
                out.set(headers, 12), out.set(body, headers.byteLength + 12), checksum.update(out.subarray(8, length - 4)), 
                view.setUint32(length - 4, checksum.digestSync(), !1), out;
            }
            decode(message) {
                const {headers: headers, body: body} = function({byteLength: byteLength, byteOffset: byteOffset, buffer: buffer}) {
                    if (byteLength < 16) throw new Error("Provided message too short to accommodate event stream message overhead");
                    const view = new DataView(buffer, byteOffset, byteLength), messageLength = view.getUint32(0, !1);
                    if (byteLength !== messageLength) throw new Error("Reported message length does not match received message length");
                    const headerLength = view.getUint32(4, !1), expectedPreludeChecksum = view.getUint32(8, !1), expectedMessageChecksum = view.getUint32(byteLength - 4, !1), checksummer = new Crc32;
                    if (checksummer.update(new Uint8Array(buffer, byteOffset, 8)), expectedPreludeChecksum !== checksummer.digestSync()) throw new Error(`The prelude checksum specified in the message (${expectedPreludeChecksum}) does not match the calculated CRC32 checksum (${checksummer.digestSync()})`);
                    if (checksummer.update(new Uint8Array(buffer, byteOffset + 8, byteLength - 12)), 
                    expectedMessageChecksum !== checksummer.digestSync()) throw new Error(`The message checksum (${checksummer.digestSync()}) did not match the expected value of ${expectedMessageChecksum}`);
                    return {
                        headers: new DataView(buffer, byteOffset + 8 + 4, headerLength),
                        body: new Uint8Array(buffer, byteOffset + 8 + 4 + headerLength, messageLength - headerLength - 16)
                    };
                }(message);
                return {
                    headers: this.headerMarshaller.parse(headers),
                    body: body
                };
            }
            formatHeaders(rawHeaders) {
                return this.headerMarshaller.format(rawHeaders);
            }
        }
        class MessageDecoderStream {
            options;
            constructor(options) {
                this.options = options;
            }
            [Symbol.asyncIterator]() {
                return this.asyncIterator();
            }
            async* asyncIterator() {
                for await (const bytes of this.options.inputStream) {
                    const decoded = this.options.decoder.decode(bytes);
                    yield decoded;
                }
            }
        }
        class MessageEncoderStream {
            options;
            constructor(options) {
                this.options = options;
            }
            [Symbol.asyncIterator]() {
                return this.asyncIterator();
            }
            async* asyncIterator() {
                for await (const msg of this.options.messageStream) {
                    const encoded = this.options.encoder.encode(msg);
                    yield encoded;
                }
                this.options.includeEndFrame && (yield new Uint8Array(0));
            }
        }
        class SmithyMessageDecoderStream {
            options;
            constructor(options) {
                this.options = options;
            }
            [Symbol.asyncIterator]() {
                return this.asyncIterator();
            }
            async* asyncIterator() {
                for await (const message of this.options.messageStream) {
                    const deserialized = await this.options.deserializer(message);
                    void 0 !== deserialized && (yield deserialized);
                }
            }
        }
        class SmithyMessageEncoderStream {
            options;
            constructor(options) {
                this.options = options;
            }
            [Symbol.asyncIterator]() {
                return this.asyncIterator();
            }
            async* asyncIterator() {
                for await (const chunk of this.options.inputStream) {
                    const payloadBuf = this.options.serializer(chunk);
                    yield payloadBuf;
                }
            }
        }
        function getChunkedStream(source) {
            let currentMessageTotalLength = 0, currentMessagePendingLength = 0, currentMessage = null, messageLengthBuffer = null;
            const allocateMessage = size => {
                if ("number" != typeof size) throw new Error("Attempted to allocate an event message where size was not a number: " + size);
                currentMessageTotalLength = size, currentMessagePendingLength = 4, currentMessage = new Uint8Array(size), 
                new DataView(currentMessage.buffer).setUint32(0, size, !1);
            };
            return {
                [Symbol.asyncIterator]: async function*() {
                    const sourceIterator = source[Symbol.asyncIterator]();
                    for (;;) {
                        const {value: value, done: done} = await sourceIterator.next();
                        if (done) {
                            if (!currentMessageTotalLength) return;
                            if (currentMessageTotalLength !== currentMessagePendingLength) throw new Error("Truncated event message received.");
                            return void (yield currentMessage);
                        }
                        const chunkLength = value.length;
                        let currentOffset = 0;
                        for (;currentOffset < chunkLength; ) {
                            if (!currentMessage) {
                                const bytesRemaining = chunkLength - currentOffset;
                                messageLengthBuffer || (messageLengthBuffer = new Uint8Array(4));
                                const numBytesForTotal = Math.min(4 - currentMessagePendingLength, bytesRemaining);
                                if (messageLengthBuffer.set(value.slice(currentOffset, currentOffset + numBytesForTotal), currentMessagePendingLength), 
                                currentMessagePendingLength += numBytesForTotal, currentOffset += numBytesForTotal, 
                                currentMessagePendingLength < 4) break;
                                allocateMessage(new DataView(messageLengthBuffer.buffer).getUint32(0, !1)), messageLengthBuffer = null;
                            }
                            const numBytesToWrite = Math.min(currentMessageTotalLength - currentMessagePendingLength, chunkLength - currentOffset);
                            currentMessage.set(value.slice(currentOffset, currentOffset + numBytesToWrite), currentMessagePendingLength), 
                            currentMessagePendingLength += numBytesToWrite, currentOffset += numBytesToWrite, 
                            currentMessageTotalLength && currentMessageTotalLength === currentMessagePendingLength && (yield currentMessage, 
                            currentMessage = null, currentMessageTotalLength = 0, currentMessagePendingLength = 0);
                        }
                    }
                }
            };
        }
        function getMessageUnmarshaller(deserializer, toUtf8) {
            return async function(message) {
                const {value: messageType} = message.headers[":message-type"];
                if ("error" === messageType) {
                    const unmodeledError = new Error(message.headers[":error-message"].value || "UnknownError");
                    throw unmodeledError.name = message.headers[":error-code"].value, unmodeledError;
                }
                if ("exception" === messageType) {
                    const code = message.headers[":exception-type"].value, exception = {
                        [code]: message
                    }, deserializedException = await deserializer(exception);
                    if (deserializedException.$unknown) {
                        const error = new Error(toUtf8(message.body));
                        throw error.name = code, error;
                    }
                    throw deserializedException[code];
                }
                if ("event" === messageType) {
                    const event = {
                        [message.headers[":event-type"].value]: message
                    }, deserialized = await deserializer(event);
                    if (deserialized.$unknown) return;
                    return deserialized;
                }
                throw Error(`Unrecognizable event type: ${message.headers[":event-type"].value}`);
            };
        }
        let EventStreamMarshaller$1 = class {
            eventStreamCodec;
            utfEncoder;
            constructor({utf8Encoder: utf8Encoder, utf8Decoder: utf8Decoder}) {
                this.eventStreamCodec = new EventStreamCodec(utf8Encoder, utf8Decoder), this.utfEncoder = utf8Encoder;
            }
            deserialize(body, deserializer) {
                const inputStream = getChunkedStream(body);
                return new SmithyMessageDecoderStream({
                    messageStream: new MessageDecoderStream({
                        inputStream: inputStream,
                        decoder: this.eventStreamCodec
                    }),
                    deserializer: getMessageUnmarshaller(deserializer, this.utfEncoder)
                });
            }
            serialize(inputStream, serializer) {
                return new MessageEncoderStream({
                    messageStream: new SmithyMessageEncoderStream({
                        inputStream: inputStream,
                        serializer: serializer
                    }),
                    encoder: this.eventStreamCodec,
                    includeEndFrame: !0
                });
            }
        };
        class EventStreamMarshaller {
            universalMarshaller;
            constructor({utf8Encoder: utf8Encoder, utf8Decoder: utf8Decoder}) {
                this.universalMarshaller = new EventStreamMarshaller$1({
                    utf8Decoder: utf8Decoder,
                    utf8Encoder: utf8Encoder
                });
            }
            deserialize(body, deserializer) {
                const bodyIterable = "function" == typeof body[Symbol.asyncIterator] ? body : async function*(readStream) {
                    let streamEnded = !1, generationEnded = !1;
                    const records = new Array;
                    for (readStream.on("error", err => {
                        if (streamEnded || (streamEnded = !0), err) throw err;
                    }), readStream.on("data", data => {
                        records.push(data);
                    }), readStream.on("end", () => {
                        streamEnded = !0;
                    }); !generationEnded; ) {
                        const value = await new Promise(resolve => setTimeout(() => resolve(records.shift()), 0));
                        value && (yield value), generationEnded = streamEnded && 0 === records.length;
                    }
                }(body);
                return this.universalMarshaller.deserialize(bodyIterable, deserializer);
            }
            serialize(input, serializer) {
                return Readable.from(this.universalMarshaller.serialize(input, serializer));
            }
        }
        exports.EventStreamCodec = EventStreamCodec, exports.EventStreamMarshaller = EventStreamMarshaller, 
        exports.EventStreamSerde = class {
            marshaller;
            serializer;
            deserializer;
            serdeContext;
            defaultContentType;
            compositeErrorRegistry;
            constructor({marshaller: marshaller, serializer: serializer, deserializer: deserializer, serdeContext: serdeContext, defaultContentType: defaultContentType, compositeErrorRegistry: compositeErrorRegistry}) {
                this.marshaller = marshaller, this.serializer = serializer, this.deserializer = deserializer, 
                this.serdeContext = serdeContext, this.defaultContentType = defaultContentType, 
                this.compositeErrorRegistry = compositeErrorRegistry;
            }
            async serializeEventStream({eventStream: eventStream, requestSchema: requestSchema, initialRequest: initialRequest, initialMessageType: initialMessageType}) {
                const marshaller = this.marshaller, eventStreamMember = requestSchema.getEventStreamMember(), unionSchema = requestSchema.getMemberSchema(eventStreamMember), serializer = this.serializer, defaultContentType = this.defaultContentType, initialRequestMarker = Symbol("initialRequestMarker"), eventStreamIterable = {
                    async* [Symbol.asyncIterator]() {
                        if (initialRequest) {
                            const headers = {
                                ":event-type": {
                                    type: "string",
                                    value: initialMessageType ?? "initial-request"
                                },
                                ":message-type": {
                                    type: "string",
                                    value: "event"
                                },
                                ":content-type": {
                                    type: "string",
                                    value: defaultContentType
                                }
                            };
                            serializer.write(requestSchema, initialRequest);
                            const body = serializer.flush();
                            yield {
                                [initialRequestMarker]: !0,
                                headers: headers,
                                body: body
                            };
                        }
                        for await (const page of eventStream) yield page;
                    }
                };
                return marshaller.serialize(eventStreamIterable, event => {
                    if (event[initialRequestMarker]) return {
                        headers: event.headers,
                        body: event.body
                    };
                    let unionMember = "";
                    for (const key in event) if (hasOwn(event, key) && "__type" !== key) {
                        unionMember = key;
                        break;
                    }
                    const {additionalHeaders: additionalHeaders, body: body, eventType: eventType, explicitPayloadContentType: explicitPayloadContentType} = this.writeEventBody(unionMember, unionSchema, event);
                    return {
                        headers: {
                            ":event-type": {
                                type: "string",
                                value: eventType
                            },
                            ":message-type": {
                                type: "string",
                                value: "event"
                            },
                            ":content-type": {
                                type: "string",
                                value: explicitPayloadContentType ?? defaultContentType
                            },
                            ...additionalHeaders
                        },
                        body: body
                    };
                });
            }
            async deserializeEventStream({response: response, responseSchema: responseSchema, initialResponseContainer: initialResponseContainer, initialMessageType: initialMessageType}) {
                const marshaller = this.marshaller, eventStreamMember = responseSchema.getEventStreamMember(), memberSchemas = responseSchema.getMemberSchema(eventStreamMember).getMemberSchemas(), initialResponseMarker = Symbol("initialResponseMarker"), asyncIterable = marshaller.deserialize(response.body, async event => {
                    let unionMember = "";
                    for (const key in event) if (hasOwn(event, key) && "__type" !== key) {
                        unionMember = key;
                        break;
                    }
                    const body = event[unionMember].body;
                    if (unionMember === (initialMessageType ?? "initial-response")) {
                        const dataObject = await this.deserializer.read(responseSchema, body);
                        return delete dataObject[eventStreamMember], {
                            [initialResponseMarker]: !0,
                            ...dataObject
                        };
                    }
                    if (unionMember in memberSchemas) {
                        const eventStreamSchema = memberSchemas[unionMember];
                        if (eventStreamSchema.isStructSchema()) {
                            const out = {};
                            let hasBindings = !1;
                            for (const [name, member] of eventStreamSchema.structIterator()) {
                                const {eventHeader: eventHeader, eventPayload: eventPayload} = member.getMergedTraits();
                                if (hasBindings = hasBindings || Boolean(eventHeader || eventPayload), eventPayload) member.isBlobSchema() ? out[name] = body : member.isStringSchema() ? out[name] = (this.serdeContext?.utf8Encoder ?? toUtf8)(body) : member.isStructSchema() && (out[name] = await this.deserializer.read(member, body)); else if (eventHeader) {
                                    const value = event[unionMember].headers[name]?.value;
                                    null != value && (member.isNumericSchema() ? out[name] = value && "object" == typeof value && "bytes" in value ? BigInt(value.toString()) : Number(value) : out[name] = value);
                                }
                            }
                            return {
                                [unionMember]: await this.readEventMember(eventStreamSchema, body, hasBindings, out)
                            };
                        }
                        return {
                            [unionMember]: await this.deserializer.read(eventStreamSchema, body)
                        };
                    }
                    return {
                        $unknown: event
                    };
                }), asyncIterator = asyncIterable[Symbol.asyncIterator](), firstEvent = await asyncIterator.next();
                if (firstEvent.done) return asyncIterable;
                if (firstEvent.value?.[initialResponseMarker]) {
                    if (!responseSchema) throw new Error("@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.");
                    for (const key in firstEvent.value) hasOwn(firstEvent.value, key) && (initialResponseContainer[key] = firstEvent.value[key]);
                }
                return {
                    async* [Symbol.asyncIterator]() {
                        for (firstEvent?.value?.[initialResponseMarker] || (yield firstEvent.value); ;) {
                            const {done: done, value: value} = await asyncIterator.next();
                            if (done) break;
                            yield value;
                        }
                    }
                };
            }
            async readEventMember(eventStreamSchema, body, hasBindings, out) {
                let ErrCtor;
                const staticStructuralSchema = eventStreamSchema.getSchema();
                if (Array.isArray(staticStructuralSchema) && -3 === staticStructuralSchema[0]) {
                    const namespace = staticStructuralSchema[1], nsRegistry = TypeRegistry.for(namespace);
                    this.compositeErrorRegistry?.copyFrom(nsRegistry), ErrCtor = (this.compositeErrorRegistry ?? nsRegistry)?.getErrorCtor(staticStructuralSchema);
                }
                const dataObject = hasBindings ? out : 0 === body.byteLength ? {} : await this.deserializer.read(eventStreamSchema, body);
                if (ErrCtor) {
                    const message = dataObject.message ?? dataObject.Message ?? "Unknown", metadata = {}, $fault = eventStreamSchema.getMergedTraits().error;
                    return $fault && (metadata.$fault = $fault), Object.assign(new ErrCtor({}), metadata, {
                        message: message
                    }, dataObject);
                }
                return dataObject;
            }
            writeEventBody(unionMember, unionSchema, event) {
                const serializer = this.serializer;
                let explicitPayloadContentType, eventType = unionMember, explicitPayloadMember = null;
                const additionalHeaders = {};
                if (unionSchema.getSchema()[4].includes(unionMember)) {
                    const eventSchema = unionSchema.getMemberSchema(unionMember);
                    if (eventSchema.isStructSchema()) {
                        for (const [memberName, memberSchema] of eventSchema.structIterator()) {
                            const {eventHeader: eventHeader, eventPayload: eventPayload} = memberSchema.getMergedTraits();
                            if (eventPayload) explicitPayloadMember = memberName; else if (eventHeader) {
                                const value = event[unionMember][memberName];
                                let type = "binary";
                                memberSchema.isNumericSchema() ? type = (-2) ** 31 <= value && value <= 2 ** 31 - 1 ? "integer" : "long" : memberSchema.isTimestampSchema() ? type = "timestamp" : memberSchema.isStringSchema() ? type = "string" : memberSchema.isBooleanSchema() && (type = "boolean"), 
                                null != value && (additionalHeaders[memberName] = {
                                    type: type,
                                    value: value
                                }, delete event[unionMember][memberName]);
                            }
                        }
                        if (null !== explicitPayloadMember) {
                            const payloadSchema = eventSchema.getMemberSchema(explicitPayloadMember);
                            payloadSchema.isBlobSchema() ? explicitPayloadContentType = "application/octet-stream" : payloadSchema.isStringSchema() && (explicitPayloadContentType = "text/plain"), 
                            serializer.write(payloadSchema, event[unionMember][explicitPayloadMember]);
                        } else serializer.write(eventSchema, event[unionMember]);
                    } else {
                        if (!eventSchema.isUnitSchema()) throw new Error("@smithy/core/event-streams - non-struct member not supported in event stream union.");
                        serializer.write(eventSchema, {});
                    }
                } else {
                    const [type, value] = event[unionMember];
                    eventType = type, serializer.write(15, value);
                }
                const messageSerialization = serializer.flush() ?? new Uint8Array;
                return {
                    body: "string" == typeof messageSerialization ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(messageSerialization) : messageSerialization,
                    eventType: eventType,
                    explicitPayloadContentType: explicitPayloadContentType,
                    additionalHeaders: additionalHeaders
                };
            }
        }, exports.HeaderMarshaller = HeaderMarshaller, exports.Int64 = Int64, exports.MessageDecoderStream = MessageDecoderStream, 
        exports.MessageEncoderStream = MessageEncoderStream, exports.SmithyMessageDecoderStream = SmithyMessageDecoderStream, 
        exports.SmithyMessageEncoderStream = SmithyMessageEncoderStream, exports.UniversalEventStreamMarshaller = EventStreamMarshaller$1, 
        exports.eventStreamSerdeProvider = options => new EventStreamMarshaller(options), 
        exports.getChunkedStream = getChunkedStream, exports.getMessageUnmarshaller = getMessageUnmarshaller, 
        exports.getUnmarshalledStream = function(source, options) {
            const messageUnmarshaller = getMessageUnmarshaller(options.deserializer, options.toUtf8);
            return {
                [Symbol.asyncIterator]: async function*() {
                    for await (const chunk of source) {
                        const message = options.eventStreamCodec.decode(chunk), type = await messageUnmarshaller(message);
                        void 0 !== type && (yield type);
                    }
                }
            };
        }, exports.iterableToReadableStream = asyncIterable => {
            const iterator = asyncIterable[Symbol.asyncIterator]();
            return new ReadableStream({
                async pull(controller) {
                    const {done: done, value: value} = await iterator.next();
                    if (done) return controller.close();
                    controller.enqueue(value);
                }
            });
        }, exports.readableStreamToIterable = readableStream => ({
            [Symbol.asyncIterator]: async function*() {
                const reader = readableStream.getReader();
                try {
                    for (;;) {
                        const {done: done, value: value} = await reader.read();
                        if (done) return;
                        yield value;
                    }
                } finally {
                    reader.releaseLock();
                }
            }
        }), exports.resolveEventStreamSerdeConfig = input => Object.assign(input, {
            eventStreamMarshaller: input.eventStreamSerdeProvider(input)
        }), exports.universalEventStreamSerdeProvider = options => new EventStreamMarshaller$1(options);
    },
    3422: (__unused_webpack_module, exports, __webpack_require__) => {
        const {Uint8ArrayBlobAdapter: Uint8ArrayBlobAdapter, writeKey: writeKey, sdkStreamMixin: sdkStreamMixin, splitEvery: splitEvery, splitHeader: splitHeader, NumericValue: NumericValue, toUtf8: toUtf8, fromBase64: fromBase64, LazyJsonString: LazyJsonString, _parseEpochTimestamp: _parseEpochTimestamp, _parseRfc7231DateTime: _parseRfc7231DateTime, _parseRfc3339DateTimeWithOffset: _parseRfc3339DateTimeWithOffset, fromUtf8: fromUtf8, generateIdempotencyToken: generateIdempotencyToken, toBase64: toBase64, dateToUtcString: dateToUtcString, quoteHeader: quoteHeader, parseEpochTimestamp: parseEpochTimestamp, parseRfc7231DateTime: parseRfc7231DateTime, parseRfc3339DateTimeWithOffset: parseRfc3339DateTimeWithOffset} = __webpack_require__(2430), {HttpRequest: HttpRequest, HttpResponse: HttpResponse, hasOwn: hasOwn, isValidHostname: isValidHostname, getSmithyContext: getSmithyContext} = __webpack_require__(4534), {parseQueryString: parseQueryString, parseUrl: parseUrl} = __webpack_require__(4534);
        exports.HttpRequest = HttpRequest, exports.HttpResponse = HttpResponse, exports.isValidHostname = isValidHostname, 
        exports.parseQueryString = parseQueryString, exports.parseUrl = parseUrl;
        const {NormalizedSchema: NormalizedSchema, translateTraits: translateTraits, TypeRegistry: TypeRegistry, deref: deref} = __webpack_require__(6890), {FieldPosition: FieldPosition} = __webpack_require__(5662), collectBody = async (streamBody = new Uint8Array, context) => {
            if (streamBody instanceof Uint8Array) return Uint8ArrayBlobAdapter.mutate(streamBody);
            if (!streamBody) return Uint8ArrayBlobAdapter.mutate(new Uint8Array);
            const fromContext = context.streamCollector(streamBody);
            return Uint8ArrayBlobAdapter.mutate(await fromContext);
        };
        function extendedEncodeURIComponent(str) {
            return /^[\w.~-]+$/.test(str) ? str : encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
                return "%" + c.charCodeAt(0).toString(16).toUpperCase();
            });
        }
        const HTTP_BINDINGS = Symbol.for("@smithy/schema-x");
        class HttpBindingNormalizedSchema extends NormalizedSchema {
            static identity=Symbol.for("@smithy/HttpBindingNormalizedSchema");
            identity=HttpBindingNormalizedSchema.identity;
            bindings;
            constructor(schema) {
                super(schema);
            }
            static of(schema) {
                const ns = NormalizedSchema.of(schema);
                if (ns.identity === HttpBindingNormalizedSchema.identity) return ns;
                const schemaCache = ns.isMemberSchema() ? ns : ns.getSchema(), cache = "object" == typeof schemaCache && null !== schemaCache ? schemaCache : ns;
                return cache[HTTP_BINDINGS] ??= new HttpBindingNormalizedSchema(ns);
            }
            getHttpBindingLocation(traits) {
                return traits.httpPayload ? 36 : traits.httpLabel ? 33 : traits.httpHeader ? 38 : "string" == typeof traits.httpPrefixHeaders ? 39 : traits.httpQuery ? 34 : traits.httpQueryParams ? 35 : traits.httpResponseCode ? 37 : 32;
            }
            getHttpBindingValue(location, traits, nested = !1) {
                const raw = this.getSchema(), type = "number" == typeof raw ? 255 & raw : this.isListSchema() ? 64 : 255, slot = 7 & location, media = traits.mediaType ? "application/json" === traits.mediaType || traits.mediaType.endsWith("+json") ? 2 : 1 : 0, stream = traits.streaming || 42 === type ? this.isStructSchema() ? 2 : 1 : 0, timestamp = type >= 4 && type <= 7 ? slot >= 6 ? 2 : slot > 0 && slot < 4 ? 1 : 0 : 0;
                let flags = type | media << 8 | (traits.idempotencyToken ? 1 : 0) << 10 | stream << 11 | (traits.sparse ? 1 : 0) << 13 | timestamp << 14 | (traits.hostLabel ? 1 : 0) << 17 | (36 === location && "object" != typeof raw ? 1 : 0) << 18;
                const collectionValue = 2 & slot && (64 == (192 & type) || !nested && 1 & slot) ? this.getHttpBindingCollectionValue(location, traits) : void 0, valueType = 255 & (collectionValue?.[1] ?? 0);
                return flags |= (slot >= 6 && (4 === valueType || 6 === valueType) ? 1 : 0) << 16, 
                [ this, flags, collectionValue ];
            }
            getHttpBindingCollectionValue(location, traits = this.getMergedTraits()) {
                const valueSchema = HttpBindingNormalizedSchema.of(this.getValueSchema());
                return valueSchema.getHttpBindingValue(location, {
                    ...valueSchema.getMergedTraits(),
                    ...traits
                }, !0);
            }
            getHttpBindings() {
                const source = this.getSchema();
                return "object" != typeof source || null === source ? EMPTY_BINDINGS : this.bindings ??= buildHttpBindings(this);
            }
        }
        const buildHttpBindings = schema => {
            const bodyMemberNames = [], bodyMemberSchemas = [], requestBodyMemberNames = [], requestBodyMemberSchemas = [], memberBindings = [], byName = {}, headers = {}, prefixHeaders = [], responseBindings = {
                headers: headers,
                prefixHeaders: prefixHeaders
            }, bindings = {
                request: {
                    memberBindings: memberBindings,
                    byName: byName
                },
                response: {
                    bodyMemberNames: bodyMemberNames,
                    bindings: responseBindings
                }
            }, {request: request, response: response} = bindings;
            for (const [name, member] of schema.structIterator()) {
                const bindingSchema = HttpBindingNormalizedSchema.of(member), traits = bindingSchema.getMergedTraits(), location = bindingSchema.getHttpBindingLocation(traits), wireName = traits.httpHeader?.toLowerCase() ?? traits.httpPrefixHeaders?.toLowerCase() ?? traits.httpQuery, value = bindingSchema.getHttpBindingValue(location, traits), binding = [ name, value, location, wireName ];
                "__proto__" === name && writeKey(byName), byName[name] = binding, value[1] >> 10 & 1 && (request.hasIdempotency = !0), 
                memberBindings.push(binding);
                const slot = 7 & location;
                if (0 === slot && (requestBodyMemberNames.push(name), requestBodyMemberSchemas.push(member)), 
                4 & slot) if (4 == (6 & slot)) if (1 & slot) responseBindings.statusCode = binding; else {
                    responseBindings.payload = binding;
                    const type = 255 & value[1];
                    request.contentTypeInstruction = traits.mediaType ?? (0 === type ? "text/plain" : 21 === type || 42 === type ? "application/octet-stream" : null);
                } else 1 & slot ? (request.hasPrefixHeaders = !0, prefixHeaders.push(binding)) : ("__proto__" === wireName && writeKey(headers), 
                headers[wireName] = binding); else bodyMemberNames.push(name), bodyMemberSchemas.push(member);
            }
            return void 0 === request.contentTypeInstruction && requestBodyMemberNames.length && (request.contentTypeInstruction = null), 
            request.syntheticBodySchema = createBodySchema(schema, requestBodyMemberNames, requestBodyMemberSchemas), 
            response.syntheticBodySchema = createBodySchema(schema, bodyMemberNames, bodyMemberSchemas), 
            bindings;
        }, buildPathSegments = path => {
            const segments = [];
            let offset = 0;
            for (const match of path.matchAll(/\{([^{}+]+)(\+)?\}/g)) match.index > offset && segments.push([ path.slice(offset, match.index), 0 ]), 
            segments.push([ match[1], match[2] ? 2 : 1 ]), offset = match.index + match[0].length;
            return segments.length && offset < path.length && segments.push([ path.slice(offset), 0 ]), 
            segments.length ? segments : void 0;
        }, EMPTY_BINDINGS = {
            request: {
                memberBindings: [],
                byName: {}
            },
            response: {
                bodyMemberNames: [],
                bindings: {
                    headers: {},
                    prefixHeaders: []
                }
            }
        }, getHttpOperationBindings = schema => schema[HTTP_BINDINGS] ??= (schema => {
            const {http: http, endpoint: endpoint} = translateTraits(schema.traits ?? {}), [path, search] = http?.[1].split("?") ?? [];
            return [ http?.[0], path, search ? [ ...new URLSearchParams(search) ] : [], path ? buildPathSegments(path) : void 0, endpoint?.[0] ];
        })(schema), createBodySchema = (schema, memberNames, memberSchemas) => {
            if (!memberNames.length) return;
            const source = schema.getSchema(), body = [ 3, source[1], source[2], schema.getMergedTraits(), memberNames, memberSchemas ], required = source[6], bodyRequired = required && memberNames.reduce((count, name) => count + (source[4].indexOf(name) < required ? 1 : 0), 0);
            return bodyRequired && (body[6] = bodyRequired), body;
        };
        class SerdeContext {
            serdeContext;
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext;
            }
        }
        class HttpProtocol extends SerdeContext {
            options;
            compositeErrorRegistry;
            constructor(options) {
                super(), this.options = options, this.compositeErrorRegistry = new TypeRegistry(options.defaultNamespace);
                for (const etr of options.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(etr);
            }
            getRequestType() {
                return HttpRequest;
            }
            getResponseType() {
                return HttpResponse;
            }
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext, this.serializer.setSerdeContext(serdeContext), 
                this.deserializer.setSerdeContext(serdeContext), this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(serdeContext);
            }
            updateServiceEndpoint(request, endpoint) {
                if ("url" in endpoint) {
                    request.protocol = endpoint.url.protocol, request.hostname = endpoint.url.hostname, 
                    request.port = endpoint.url.port ? Number(endpoint.url.port) : void 0, request.path = endpoint.url.pathname, 
                    request.fragment = endpoint.url.hash || void 0, request.username = endpoint.url.username || void 0, 
                    request.password = endpoint.url.password || void 0, request.query || (request.query = {});
                    for (const [k, v] of endpoint.url.searchParams.entries()) request.query[k] = v;
                    if (endpoint.headers) for (const name in endpoint.headers) hasOwn(endpoint.headers, name) && (request.headers[name] = endpoint.headers[name].join(", "));
                    return request;
                }
                if (request.protocol = endpoint.protocol, request.hostname = endpoint.hostname, 
                request.port = endpoint.port ? Number(endpoint.port) : void 0, request.path = endpoint.path, 
                request.query = {
                    ...endpoint.query
                }, endpoint.headers) for (const name in endpoint.headers) hasOwn(endpoint.headers, name) && (request.headers[name] = endpoint.headers[name]);
                return request;
            }
            setHostPrefix(request, operationSchema, input, operation = getHttpOperationBindings(operationSchema)) {
                if (this.serdeContext?.disableHostPrefix) return;
                const hostPrefix = operation[4];
                if ("string" != typeof hostPrefix) return;
                let resolvedHostPrefix = hostPrefix;
                for (const [name, [, flags]] of HttpBindingNormalizedSchema.of(operationSchema.input).getHttpBindings().request.memberBindings) {
                    if (!(flags >> 17 & 1)) continue;
                    const replacement = input[name];
                    if ("string" != typeof replacement) throw new Error(`@smithy/core/schema - ${name} in input must be a string as hostLabel.`);
                    resolvedHostPrefix = resolvedHostPrefix.replace(`{${name}}`, replacement);
                }
                if (request.hostname = resolvedHostPrefix + request.hostname, !isValidHostname(request.hostname)) throw new Error(`[${request.hostname}] is not a valid hostname.`);
            }
            deserializeMetadata(output) {
                return {
                    httpStatusCode: output.statusCode,
                    requestId: output.headers["x-amzn-requestid"] ?? output.headers["x-amzn-request-id"] ?? output.headers["x-amz-request-id"],
                    extendedRequestId: output.headers["x-amz-id-2"],
                    cfId: output.headers["x-amz-cf-id"]
                };
            }
            resolveError(name, namespaces, registries) {
                let schema;
                for (const registry of registries) for (const ns of namespaces) try {
                    schema = "*" === ns ? registry.getSchema(name) : registry.getSchema(ns + "#" + name);
                    const errorCtor = registry.getErrorCtor(schema);
                    if (errorCtor) return [ schema, errorCtor, "modeled" ];
                    {
                        const syntheticErrorSchema = registry.getBaseException();
                        if (syntheticErrorSchema) {
                            const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                            if (syntheticErrorCtor) return [ schema, syntheticErrorCtor, "synthetic" ];
                        }
                    }
                } catch (ignored) {}
                for (const registry of registries) {
                    const syntheticErrorSchema = registry.getBaseException();
                    if (syntheticErrorSchema) {
                        const syntheticErrorCtor = registry.getErrorCtor(syntheticErrorSchema);
                        if (syntheticErrorCtor) return [ syntheticErrorSchema, syntheticErrorCtor, "synthetic" ];
                    }
                }
                return [ [ -3, "", "Error", 0, [], [], 0 ], Error, "native" ];
            }
            async serializeEventStream({eventStream: eventStream, requestSchema: requestSchema, initialRequest: initialRequest}) {
                return (await this.loadEventStreamCapability()).serializeEventStream({
                    eventStream: eventStream,
                    requestSchema: requestSchema,
                    initialRequest: initialRequest
                });
            }
            async deserializeEventStream({response: response, responseSchema: responseSchema, initialResponseContainer: initialResponseContainer}) {
                return (await this.loadEventStreamCapability()).deserializeEventStream({
                    response: response,
                    responseSchema: responseSchema,
                    initialResponseContainer: initialResponseContainer
                });
            }
            async loadEventStreamCapability() {
                const {EventStreamSerde: EventStreamSerde, eventStreamSerdeProvider: eventStreamSerdeProvider} = __webpack_require__(6579);
                return new EventStreamSerde({
                    marshaller: this.resolveEventStreamMarshaller(eventStreamSerdeProvider),
                    serializer: this.serializer,
                    deserializer: this.deserializer,
                    serdeContext: this.serdeContext,
                    defaultContentType: this.getDefaultContentType(),
                    compositeErrorRegistry: this.compositeErrorRegistry
                });
            }
            getDefaultContentType() {
                throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`);
            }
            async deserializeHttpMessage(schema, context, response, arg4, arg5) {
                return [];
            }
            getEventStreamMarshaller() {
                const context = this.serdeContext;
                if (!context.eventStreamMarshaller) throw new Error("@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.");
                return context.eventStreamMarshaller;
            }
            resolveEventStreamMarshaller(importedProvider) {
                const context = this.serdeContext;
                return context.eventStreamMarshaller ? context.eventStreamMarshaller : importedProvider(this.serdeContext);
            }
        }
        class RpcProtocol extends HttpProtocol {
            async serializeRequest(operationSchema, _input, context) {
                const serializer = this.serializer, query = {}, headers = {}, endpoint = await context.endpoint(), ns = NormalizedSchema.of(operationSchema?.input), schema = ns.getSchema();
                let payload;
                const input = _input && "object" == typeof _input ? _input : {}, request = new HttpRequest({
                    protocol: "",
                    hostname: "",
                    port: void 0,
                    path: "/",
                    fragment: void 0,
                    query: query,
                    headers: headers,
                    body: void 0
                });
                if (endpoint && (this.updateServiceEndpoint(request, endpoint), this.setHostPrefix(request, operationSchema, input)), 
                input) {
                    const eventStreamMember = ns.getEventStreamMember();
                    if (eventStreamMember) {
                        if (input[eventStreamMember]) {
                            const initialRequest = {};
                            for (const [memberName] of ns.structIterator()) memberName !== eventStreamMember && null != input[memberName] && (initialRequest[memberName] = input[memberName]);
                            payload = await this.serializeEventStream({
                                eventStream: input[eventStreamMember],
                                requestSchema: ns,
                                initialRequest: initialRequest
                            });
                        }
                    } else serializer.write(schema, input), payload = serializer.flush();
                }
                return request.headers = Object.assign(request.headers, headers), request.query = query, 
                request.body = payload, request.method = "POST", request;
            }
            async deserializeResponse(operationSchema, context, response) {
                const deserializer = this.deserializer, ns = NormalizedSchema.of(operationSchema.output), dataObject = {};
                if (this.isErrorResponse(response.statusCode)) {
                    const bytes = await collectBody(response.body, context);
                    throw bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(15, bytes)), 
                    await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response)), 
                    new Error("@smithy/core/protocols - RPC Protocol error handler failed to throw.");
                }
                for (const header in response.headers) {
                    if (!hasOwn(response.headers, header)) continue;
                    const value = response.headers[header];
                    delete response.headers[header], response.headers[header.toLowerCase()] = value;
                }
                const eventStreamMember = ns.getEventStreamMember();
                if (eventStreamMember) dataObject[eventStreamMember] = await this.deserializeEventStream({
                    response: response,
                    responseSchema: ns,
                    initialResponseContainer: dataObject
                }); else {
                    const bytes = await collectBody(response.body, context);
                    bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(ns, bytes));
                }
                return dataObject.$metadata = this.deserializeMetadata(response), dataObject;
            }
            isErrorResponse(statusCode) {
                return statusCode >= 300;
            }
        }
        class AbstractRpcV2Protocol extends RpcProtocol {
            constructor({defaultNamespace: defaultNamespace, errorTypeRegistries: errorTypeRegistries}) {
                super({
                    defaultNamespace: defaultNamespace,
                    errorTypeRegistries: errorTypeRegistries
                });
            }
            async serializeRequest(operationSchema, input, context) {
                const request = await super.serializeRequest(operationSchema, input, context);
                Object.assign(request.headers, {
                    "content-type": this.getDefaultContentType(),
                    "smithy-protocol": this.getSmithyProtocolHeaderValue(),
                    accept: this.getDefaultContentType()
                }), "unit" === deref(operationSchema.input) ? (delete request.body, delete request.headers["content-type"]) : this.applyEmptyBody(request);
                const {service: service, operation: operation} = getSmithyContext(context), path = `/service/${service}/operation/${operation}`;
                return request.path.endsWith("/") ? request.path += path.slice(1) : request.path += path, 
                request;
            }
            isErrorResponse(statusCode) {
                return 200 !== statusCode;
            }
        }
        const resolvedPath = (resolvedPath, input, memberName, labelValueProvider, uriLabel, isGreedyLabel) => {
            if (null == input || void 0 === input[memberName]) throw new Error("No value provided for input HTTP label: " + memberName + ".");
            {
                const labelValue = labelValueProvider();
                if (null == labelValue || labelValue.length <= 0) throw new Error("Empty value provided for input HTTP label: " + memberName + ".");
                resolvedPath = resolvedPath.replace(uriLabel, isGreedyLabel ? labelValue.split("/").map(segment => extendedEncodeURIComponent(segment)).join("/") : extendedEncodeURIComponent(labelValue));
            }
            return resolvedPath;
        };
        class RequestBuilder {
            input;
            context;
            query={};
            method="";
            headers={};
            path="";
            body=null;
            hostname="";
            resolvePathStack=[];
            constructor(input, context) {
                this.input = input, this.context = context;
            }
            async build() {
                const {hostname: hostname, protocol: protocol = "https", port: port, path: basePath} = await this.context.endpoint();
                this.path = basePath;
                for (const resolvePath of this.resolvePathStack) resolvePath(this.path);
                return new HttpRequest({
                    protocol: protocol,
                    hostname: this.hostname || hostname,
                    port: port,
                    method: this.method,
                    path: this.path,
                    query: this.query,
                    body: this.body,
                    headers: this.headers
                });
            }
            hn(hostname) {
                return this.hostname = hostname, this;
            }
            bp(uriLabel) {
                return this.resolvePathStack.push(basePath => {
                    this.path = `${basePath?.endsWith("/") ? basePath.slice(0, -1) : basePath || ""}` + uriLabel;
                }), this;
            }
            p(memberName, labelValueProvider, uriLabel, isGreedyLabel) {
                return this.resolvePathStack.push(path => {
                    this.path = resolvedPath(path, this.input, memberName, labelValueProvider, uriLabel, isGreedyLabel);
                }), this;
            }
            h(headers) {
                return this.headers = headers, this;
            }
            q(query) {
                return this.query = query, this;
            }
            b(body) {
                return this.body = body, this;
            }
            m(method) {
                return this.method = method, this;
            }
        }
        class FromStringShapeDeserializer extends SerdeContext {
            settings;
            constructor(settings) {
                super(), this.settings = settings;
            }
            read(_schema, data) {
                const ns = HttpBindingNormalizedSchema.of(_schema), traits = ns.getMergedTraits(), location = ns.getHttpBindingLocation(traits);
                return this.readHttpBinding(ns.getHttpBindingValue(location, traits), data, location);
            }
            readHttpBinding([ns, flags, collectionValue], data, location) {
                const schema = 255 & flags;
                if (64 == (192 & schema)) return collectionValue ??= ns.getHttpBindingCollectionValue(location), 
                splitHeader(data).map(item => this.readHttpBinding(collectionValue, item, location));
                switch (schema) {
                  case 21:
                  case 42:
                    return (this.serdeContext?.base64Decoder ?? fromBase64)(data);

                  case 4:
                  case 5:
                  case 6:
                  case 7:
                    {
                        const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
                        switch (this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default) {
                          case 5:
                            return _parseRfc3339DateTimeWithOffset(data);

                          case 6:
                            return _parseRfc7231DateTime(data);

                          case 7:
                            return _parseEpochTimestamp(data);

                          default:
                            return console.warn("Missing timestamp format, parsing value with Date constructor:", data), 
                            new Date(data);
                        }
                    }

                  case 0:
                    {
                        const media = flags >> 8 & 3;
                        if (!media) return data;
                        let intermediateValue = data;
                        return 6 & ~location || (intermediateValue = (this.serdeContext?.utf8Encoder ?? toUtf8)((this.serdeContext?.base64Decoder ?? fromBase64)(intermediateValue))), 
                        2 === media ? LazyJsonString.from(intermediateValue) : intermediateValue;
                    }

                  case 1:
                    return Number(data);

                  case 2:
                    return "true" === data.toLowerCase();

                  case 17:
                    return BigInt(data);

                  case 19:
                    return new NumericValue(data, "bigDecimal");

                  default:
                    return data;
                }
            }
        }
        class ToStringShapeSerializer extends SerdeContext {
            settings;
            stringBuffer="";
            constructor(settings) {
                super(), this.settings = settings;
            }
            write(schema, value) {
                const ns = HttpBindingNormalizedSchema.of(schema), traits = ns.getMergedTraits(), location = ns.getHttpBindingLocation(traits);
                this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
            }
            writeHttpBinding([ns, flags, collectionValue], value, location) {
                const schema = 255 & flags;
                switch (typeof value) {
                  case "object":
                    if (null === value) return void (this.stringBuffer = "null");
                    if (schema >= 4 && schema <= 7) {
                        if (!(value instanceof Date)) throw new Error(`@smithy/core/protocols - received non-Date value ${value} when schema expected Date in ${ns.getName(!0)}`);
                        const bindingFormat = this.settings.httpBindings ? flags >> 14 & 3 : 0;
                        switch (this.settings.timestampFormat.useTrait && schema > 4 ? schema : bindingFormat ? bindingFormat + 4 : this.settings.timestampFormat.default) {
                          case 5:
                            this.stringBuffer = value.toISOString().replace(".000Z", "Z");
                            break;

                          case 6:
                            this.stringBuffer = dateToUtcString(value);
                            break;

                          case 7:
                            this.stringBuffer = String(value.getTime() / 1e3);
                            break;

                          default:
                            console.warn("Missing timestamp format, using epoch seconds", value), this.stringBuffer = String(value.getTime() / 1e3);
                        }
                        return;
                    }
                    if ((21 === schema || 42 === schema) && "byteLength" in value) return void (this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(value));
                    if (64 == (192 & schema) && Array.isArray(value)) {
                        collectionValue ??= ns.getHttpBindingCollectionValue(location);
                        const valueSchemaType = 255 & collectionValue[1], isTimestamp = valueSchemaType >= 4 && valueSchemaType <= 7;
                        let buffer = "";
                        for (const item of value) {
                            this.writeHttpBinding(collectionValue, item, location);
                            const headerItem = this.flush();
                            buffer && (buffer += ", "), buffer += isTimestamp ? headerItem : quoteHeader(headerItem);
                        }
                        return void (this.stringBuffer = buffer);
                    }
                    this.stringBuffer = JSON.stringify(value, null, 2);
                    break;

                  case "string":
                    const media = flags >> 8 & 3;
                    let intermediateValue = value;
                    if (2 === media && (intermediateValue = LazyJsonString.from(intermediateValue)), 
                    media && !(6 & ~location)) return void (this.stringBuffer = (this.serdeContext?.base64Encoder ?? toBase64)(intermediateValue.toString()));
                    this.stringBuffer = value;
                    break;

                  default:
                    this.stringBuffer = flags >> 10 & 1 ? generateIdempotencyToken() : String(value);
                }
            }
            flush() {
                const buffer = this.stringBuffer;
                return this.stringBuffer = "", buffer;
            }
        }
        function determineTimestampFormat(ns, settings) {
            if (settings.timestampFormat.useTrait) {
                const schema = ns.getSchema();
                if (5 === schema || 6 === schema || 7 === schema) return schema;
            }
            const {httpLabel: httpLabel, httpPrefixHeaders: httpPrefixHeaders, httpHeader: httpHeader, httpQuery: httpQuery} = ns.getMergedTraits();
            return (settings.httpBindings ? "string" == typeof httpPrefixHeaders || Boolean(httpHeader) ? 6 : Boolean(httpQuery) || Boolean(httpLabel) ? 5 : void 0 : void 0) ?? settings.timestampFormat.default;
        }
        const CONTENT_LENGTH_HEADER = "content-length";
        function contentLengthMiddleware(bodyLengthChecker) {
            return next => async args => {
                const request = args.request;
                if (HttpRequest.isInstance(request)) {
                    const {body: body, headers: headers} = request;
                    if (body && -1 === Object.keys(headers).map(str => str.toLowerCase()).indexOf("content-length")) try {
                        const length = bodyLengthChecker(body);
                        null != length && (request.headers = {
                            ...request.headers,
                            [CONTENT_LENGTH_HEADER]: String(length)
                        });
                    } catch (ignored) {}
                }
                return next({
                    ...args,
                    request: request
                });
            };
        }
        const contentLengthMiddlewareOptions = {
            step: "build",
            tags: [ "SET_CONTENT_LENGTH", "CONTENT_LENGTH" ],
            name: "contentLengthMiddleware",
            override: !0
        }, escapeUri = uri => encodeURIComponent(uri).replace(/[!'()*]/g, hexEncode), hexEncode = c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
        class SerdeContextConfig {
            serdeContext;
            setSerdeContext(serdeContext) {
                this.serdeContext = serdeContext;
            }
        }
        class UnionSerde {
            from;
            to;
            keys;
            constructor(from, to) {
                this.from = from, this.to = to;
                const keys = Object.keys(this.from), set = new Set(keys);
                set.delete("__type"), this.keys = set;
            }
            mark(key) {
                this.keys.delete(key);
            }
            hasUnknown() {
                return 1 === this.keys.size && 0 === Object.keys(this.to).length;
            }
            writeUnknown() {
                if (this.hasUnknown()) {
                    const k = this.keys.values().next().value, v = this.from[k];
                    this.to.$unknown = [ k, v ];
                }
            }
        }
        let canParseBuffer;
        function detectBufferParsing() {
            if (void 0 === canParseBuffer) try {
                if ("function" != typeof Buffer) canParseBuffer = !1; else {
                    const result = JSON.parse(Buffer.from([ 123, 125 ]));
                    canParseBuffer = null !== result && "object" == typeof result;
                }
            } catch {
                canParseBuffer = !1;
            }
            return canParseBuffer;
        }
        function jsonReviver(key, value, context) {
            if (context?.source) {
                const numericString = context.source;
                if ("number" == typeof value) return value <= Number.MAX_SAFE_INTEGER && value >= Number.MIN_SAFE_INTEGER ? function(numericString, value) {
                    if (numericString === String(value)) return !0;
                    if (Object.is(value, -0)) return !0;
                    if (/[eE]/.test(numericString)) return expandToDecimal(numericString) === expandToDecimal(String(value));
                    const normalized = numericString.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, ""), canonical = String(value);
                    return normalized === canonical || !!/[eE]/.test(canonical) && normalized === expandToDecimal(canonical);
                }(numericString, value) ? value : new NumericValue(numericString, "bigDecimal") : function(s) {
                    const dotIndex = s.indexOf(".");
                    if (-1 === dotIndex) return !1;
                    const eIndex = s.search(/[eE]/);
                    if (-1 === eIndex) return !0;
                    const fracDigits = eIndex - dotIndex - 1;
                    return parseInt(s.slice(eIndex + 1), 10) < fracDigits;
                }(numericString) ? new NumericValue(numericString, "bigDecimal") : /[eE]/.test(numericString) ? function(s) {
                    const eIndex = s.search(/[eE]/), exp = parseInt(s.slice(eIndex + 1), 10), negative = s.startsWith("-"), mantissa = s.slice(negative ? 1 : 0, eIndex), dotIndex = mantissa.indexOf(".");
                    let digits, shift;
                    -1 === dotIndex ? (digits = mantissa, shift = exp) : (digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1), 
                    shift = exp - (mantissa.length - dotIndex - 1)), digits = digits.replace(/0+$/, "") || "0";
                    const result = BigInt(digits) * 10n ** BigInt(shift + (mantissa.replace(".", "").length - digits.length));
                    return negative ? -result : result;
                }(numericString) : BigInt(numericString);
            }
            return value;
        }
        function expandToDecimal(s) {
            const negative = s.startsWith("-"), abs = negative ? s.slice(1) : s, eIndex = abs.search(/[eE]/);
            let result;
            if (-1 === eIndex) result = abs; else {
                const exp = parseInt(abs.slice(eIndex + 1), 10), mantissa = abs.slice(0, eIndex), dotIndex = mantissa.indexOf(".");
                let digits, intLen;
                -1 === dotIndex ? (digits = mantissa, intLen = mantissa.length) : (digits = mantissa.slice(0, dotIndex) + mantissa.slice(dotIndex + 1), 
                intLen = dotIndex), digits = digits.replace(/0+$/, "") || "0";
                const newDotPos = intLen + exp;
                result = "0" === digits ? "0" : newDotPos <= 0 ? "0." + "0".repeat(-newDotPos) + digits : newDotPos >= digits.length ? digits + "0".repeat(newDotPos - digits.length) : digits.slice(0, newDotPos) + "." + digits.slice(newDotPos);
            }
            return result.includes(".") && (result = result.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")), 
            (negative ? "-" : "") + result;
        }
        const REVIVER_SYMBOL = Symbol.for("@aws-sdk/reviver");
        function needsReviver(schema) {
            const ns = NormalizedSchema.of(schema), raw = ns.getSchema();
            if (Array.isArray(raw) && ns.isStructSchema()) {
                if (REVIVER_SYMBOL in raw) return raw[REVIVER_SYMBOL];
                const result = _check(ns, new Set);
                return raw[REVIVER_SYMBOL] = result, result;
            }
            return _check(ns, new Set);
        }
        function _check(ns, seen) {
            const raw = ns.getSchema();
            if (seen.has(raw)) return !1;
            if (seen.add(raw), ns.isBigIntegerSchema() || ns.isBigDecimalSchema()) return !0;
            if (ns.isStructSchema()) {
                for (const [, memberSchema] of ns.structIterator()) if (_check(memberSchema, seen)) return !0;
            } else if (ns.isListSchema() || ns.isMapSchema()) {
                if (_check(ns.getValueSchema(), seen)) return !0;
            } else if (ns.isDocumentSchema()) return !0;
            return !1;
        }
        async function parseJsonBody(streamBody, context, schema) {
            let parsingInput;
            if (detectBufferParsing() && "function" == typeof streamBody?.[Symbol.asyncIterator]) {
                const buffer = await collectBody(streamBody, context);
                "function" == typeof Buffer && (parsingInput = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength));
            }
            if (parsingInput || (parsingInput = await ((streamBody, context) => collectBody(streamBody, context).then(body => (context?.utf8Encoder ?? toUtf8)(body)))(streamBody, context)), 
            0 === parsingInput.length) return {};
            const reviver = schema && needsReviver(schema) ? jsonReviver : void 0;
            try {
                return JSON.parse(parsingInput, reviver);
            } catch (e) {
                throw "SyntaxError" === e?.name && Object.defineProperty(e, "$responseBodyText", {
                    value: "string" == typeof parsingInput ? parsingInput : parsingInput.toString("utf8")
                }), e;
            }
        }
        const findKey = (object, key) => Object.keys(object).find(k => k.toLowerCase() === key.toLowerCase()), sanitizeErrorCode = rawValue => {
            let cleanValue = rawValue;
            return "number" == typeof cleanValue && (cleanValue = cleanValue.toString()), cleanValue.indexOf(",") >= 0 && (cleanValue = cleanValue.split(",")[0]), 
            cleanValue.indexOf(":") >= 0 && (cleanValue = cleanValue.split(":")[0]), cleanValue.indexOf("#") >= 0 && (cleanValue = cleanValue.split("#")[1]), 
            cleanValue;
        }, loadSmithyRpcV2JsonErrorCode = (output, data) => {
            if (void 0 !== data?.__type) {
                let cleanValue = data.__type;
                return "number" == typeof cleanValue && (cleanValue = cleanValue.toString()), cleanValue.indexOf(",") >= 0 && (cleanValue = cleanValue.split(",")[0]), 
                cleanValue.indexOf(":") >= 0 && (cleanValue = cleanValue.split(":")[0]), cleanValue;
            }
        }, loadErrorCode = ({headers: headers}, data, order) => {
            for (;order.length > 0; ) switch (order.shift()) {
              case "header":
                const headerKey = findKey(headers ?? {}, "x-amzn-errortype");
                if (void 0 !== headerKey) return sanitizeErrorCode(headers[headerKey]);
                break;

              case "code":
                const codeKey = findKey(data ?? {}, "code");
                if (codeKey && void 0 !== data[codeKey]) return sanitizeErrorCode(data[codeKey]);
                break;

              case "type":
                if (void 0 !== data?.__type) return sanitizeErrorCode(data.__type);
            }
        };
        class JsonShapeDeserializer2 extends SerdeContextConfig {
            settings;
            constructor(settings) {
                super(), this.settings = settings;
            }
            async read(schema, data) {
                const reviver = needsReviver(schema) ? jsonReviver : void 0;
                let parsed;
                if ("string" == typeof data) {
                    if (0 === data.length) return {};
                    parsed = JSON.parse(data, reviver);
                } else if (data instanceof Uint8Array && detectBufferParsing()) {
                    if (0 === data.byteLength) return {};
                    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
                    parsed = JSON.parse(buf, reviver);
                } else parsed = await parseJsonBody(data, this.serdeContext, schema);
                return this._read(schema, parsed);
            }
            readObject(schema, data) {
                return this._read(schema, data);
            }
            _read(schema, value) {
                const isObject = null !== value && "object" == typeof value, ns = NormalizedSchema.of(schema);
                if (isObject) {
                    if (ns.isStructSchema()) return this._readStruct(ns, value);
                    if (Array.isArray(value) && ns.isListSchema()) {
                        const listMember = ns.getValueSchema();
                        if (this.needsTransform(listMember)) for (let i = 0; i < value.length; ++i) value[i] = this._read(listMember, value[i]);
                        return value;
                    }
                    if (ns.isMapSchema()) {
                        const mapMember = ns.getValueSchema(), map = value;
                        if (this.needsTransform(mapMember)) for (const k in map) hasOwn(map, k) && ("__proto__" === k && writeKey(map), 
                        map[k] = this._read(mapMember, map[k]));
                        return map;
                    }
                }
                if (ns.isBlobSchema() && "string" == typeof value) return fromBase64(value);
                const mediaType = ns.getMergedTraits().mediaType;
                if (ns.isStringSchema() && "string" == typeof value && mediaType) return "application/json" === mediaType || mediaType.endsWith("+json") ? LazyJsonString.from(value) : value;
                if (ns.isTimestampSchema() && null != value) switch (determineTimestampFormat(ns, this.settings)) {
                  case 5:
                    return parseRfc3339DateTimeWithOffset(value);

                  case 6:
                    return parseRfc7231DateTime(value);

                  case 7:
                    return parseEpochTimestamp(value);

                  default:
                    return console.warn("Missing timestamp format, parsing value with Date constructor:", value), 
                    new Date(value);
                }
                if (ns.isBigIntegerSchema() && ("number" == typeof value || "string" == typeof value)) return BigInt(value);
                if (ns.isBigDecimalSchema() && null != value) {
                    if (value instanceof NumericValue) return value;
                    const untyped = value;
                    return "bigDecimal" === untyped.type && "string" in untyped ? new NumericValue(untyped.string, untyped.type) : new NumericValue(String(value), "bigDecimal");
                }
                if (ns.isNumericSchema() && "string" == typeof value) {
                    switch (value) {
                      case "Infinity":
                        return 1 / 0;

                      case "-Infinity":
                        return -1 / 0;

                      case "NaN":
                        return NaN;
                    }
                    return value;
                }
                if (ns.isDocumentSchema() && isObject) if (Array.isArray(value)) for (let i = 0; i < value.length; ++i) {
                    const v = value[i];
                    v instanceof NumericValue || (value[i] = this._read(ns, v));
                } else {
                    const doc = value;
                    for (const k in doc) {
                        if (!hasOwn(doc, k)) continue;
                        "__proto__" === k && writeKey(doc);
                        const v = doc[k];
                        v instanceof NumericValue || (doc[k] = this._read(ns, v));
                    }
                }
                return value;
            }
            _readStruct(ns, record) {
                const union = ns.isUnionSchema(), out = {};
                let nameMap;
                const hasType = "string" == typeof record.__type, {jsonName: jsonName} = this.settings;
                let unionSerde;
                jsonName && hasType && (nameMap = {}), union && (unionSerde = new UnionSerde(record, out));
                for (const [memberName, memberSchema] of ns.structIterator()) {
                    let fromKey = memberName;
                    jsonName && (fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey, hasType && (nameMap[fromKey] = memberName)), 
                    union && unionSerde.mark(fromKey), null != record[fromKey] && (out[memberName] = this._read(memberSchema, record[fromKey]));
                }
                if (union) unionSerde.writeUnknown(); else if (hasType) for (const k in record) {
                    if (!hasOwn(record, k)) continue;
                    const v = record[k], t = jsonName ? nameMap[k] ?? k : k;
                    t in out || (out[t] = v);
                }
                return out;
            }
            needsTransform(ns) {
                return !!(ns.isBlobSchema() || ns.isTimestampSchema() || ns.isBigIntegerSchema() || ns.isBigDecimalSchema() || ns.isNumericSchema()) || !!(ns.isDocumentSchema() || ns.isStructSchema() || ns.isListSchema() || ns.isMapSchema()) || !(!ns.isStringSchema() || !ns.getMergedTraits().mediaType);
            }
        }
        class JsonBytesStringAdapter extends Uint8Array {
            string=null;
            static allocUnsafe(bytes) {
                if ("function" == typeof Buffer) {
                    const buffer = Buffer.allocUnsafe(bytes);
                    return new JsonBytesStringAdapter(buffer.buffer, buffer.byteOffset, buffer.byteLength);
                }
                return new JsonBytesStringAdapter(bytes);
            }
            toString() {
                return this.s();
            }
            valueOf() {
                return this.s();
            }
            includes(searchString, position) {
                return "string" == typeof searchString ? this.s().includes(searchString, position) : Uint8Array.prototype.includes.call(this, searchString, position);
            }
            indexOf(searchString, position) {
                return "string" == typeof searchString ? this.s().indexOf(searchString, position) : Uint8Array.prototype.indexOf.call(this, searchString, position);
            }
            lastIndexOf(searchString, position) {
                if ("string" == typeof searchString) return this.s().lastIndexOf(searchString, position);
                const fn = Uint8Array.prototype.lastIndexOf;
                return void 0 !== position ? fn.call(this, searchString, position) : fn.call(this, searchString);
            }
            startsWith(searchString, position) {
                return this.s().startsWith(searchString, position);
            }
            endsWith(searchString, endPosition) {
                return this.s().endsWith(searchString, endPosition);
            }
            match(regexp) {
                return this.s().match(regexp);
            }
            replace(searchValue, replaceValue) {
                return this.s().replace(searchValue, replaceValue);
            }
            search(regexp) {
                return this.s().search(regexp);
            }
            split(separator, limit) {
                return this.s().split(separator, limit);
            }
            substring(start, end) {
                return this.s().substring(start, end);
            }
            trim() {
                return this.s().trim();
            }
            trimStart() {
                return this.s().trimStart();
            }
            trimEnd() {
                return this.s().trimEnd();
            }
            charAt(pos) {
                return this.s().charAt(pos);
            }
            charCodeAt(index) {
                return this.s().charCodeAt(index);
            }
            padStart(maxLength, fillString) {
                return this.s().padStart(maxLength, fillString);
            }
            padEnd(maxLength, fillString) {
                return this.s().padEnd(maxLength, fillString);
            }
            repeat(count) {
                return this.s().repeat(count);
            }
            toUpperCase() {
                return this.s().toUpperCase();
            }
            toLowerCase() {
                return this.s().toLowerCase();
            }
            s() {
                if (null == this.string) {
                    const n = Date.now();
                    n > warned + 6e4 && (console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."), 
                    warned = n), this.string = toUtf8(this);
                }
                return this.string;
            }
        }
        var warned = 0;
        const encoder = new TextEncoder, TRUE = new Uint8Array([ 116, 114, 117, 101 ]), FALSE = new Uint8Array([ 102, 97, 108, 115, 101 ]), NULL = new Uint8Array([ 110, 117, 108, 108 ]), ESCAPE_TABLE = new Array(128).fill(null);
        ESCAPE_TABLE[8] = "b", ESCAPE_TABLE[9] = "t", ESCAPE_TABLE[10] = "n", ESCAPE_TABLE[12] = "f", 
        ESCAPE_TABLE[13] = "r", ESCAPE_TABLE[34] = '"', ESCAPE_TABLE[92] = "\\";
        for (let i = 0; i < 32; i++) null === ESCAPE_TABLE[i] && (ESCAPE_TABLE[i] = "u00" + i.toString(16).padStart(2, "0"));
        function alloc(size) {
            return JsonBytesStringAdapter.allocUnsafe(size);
        }
        class JsonShapeSerializer2 extends SerdeContextConfig {
            settings;
            json;
            i=0;
            rootSchema;
            rawValue;
            passthrough=!1;
            constructor(settings) {
                super(), this.settings = settings, this.json = alloc(2048);
            }
            write(schema, value) {
                this.i = 0, this.rawValue = value, this.rootSchema = NormalizedSchema.of(schema), 
                this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema(), 
                this.passthrough || this.writeValue(this.rootSchema, value, void 0);
            }
            writeDiscriminatedDocument(schema, value) {
                this.i = 0, this.rootSchema = NormalizedSchema.of(schema);
                const ns = this.rootSchema;
                if (ns.isStructSchema() && null != value && "object" == typeof value) {
                    this.writeValue(ns, value, void 0);
                    const prefix = `"__type":"${ns.getName(!0) ?? "Unknown"}",`, z = prefix.length;
                    this.ensure(z), this.json.copyWithin(1 + z, 1, this.i), encoder.encodeInto(prefix, this.json.subarray(1)), 
                    this.i += z;
                } else this.writeValue(ns, value, void 0);
            }
            flush() {
                this.rootSchema = void 0;
                const finalPosition = this.i;
                this.i = 0;
                const raw = this.rawValue;
                if (this.rawValue = void 0, 0 === finalPosition) return raw;
                const result = this.json.subarray(0, finalPosition);
                return this.json = alloc(2048), result;
            }
            ensure(byteCount) {
                const {i: i, json: json} = this;
                if (i + byteCount > json.length) {
                    let newSize = 2 * json.length;
                    for (;newSize < i + byteCount; ) newSize *= 2;
                    const next = alloc(newSize);
                    next.set(this.json), this.json = next;
                }
            }
            writeAscii(s) {
                const z = s.length;
                this.ensure(z);
                let {i: i, json: json} = this;
                for (let j = 0; j < z; ++j) json[i] = s.charCodeAt(j), i += 1;
                this.i = i;
            }
            writeAsciiQuoted(s) {
                const z = s.length;
                this.ensure(z + 4);
                let {json: json, i: i} = this;
                json[i++] = 34;
                for (let j = 0; j < z; ++j) json[i++] = s.charCodeAt(j);
                json[i++] = 34, this.i = i;
            }
            writeJsonString(s) {
                const z = s.length;
                this.ensure(3 * z + 2), this.json[this.i++] = 34;
                for (let j = 0; j < z; ++j) {
                    const c = s.charCodeAt(j);
                    if (c > 34 && c < 92) this.json[this.i++] = c; else if (c < 128) {
                        const esc = ESCAPE_TABLE[c];
                        if (null !== esc) {
                            this.ensure(esc.length + 1 + 3 * (z - j - 1) + 1), this.json[this.i++] = 92;
                            for (let k = 0; k < esc.length; k++) this.json[this.i++] = esc.charCodeAt(k);
                        } else this.json[this.i++] = c;
                    } else if (c >= 55296 && c <= 56319) {
                        const next = j + 1 < z ? s.charCodeAt(j + 1) : 0;
                        if (next >= 56320 && next <= 57343) {
                            this.ensure(4);
                            const {written: written} = encoder.encodeInto(s.substring(j, j + 2), this.json.subarray(this.i));
                            this.i += written, ++j;
                        } else this.ensure(6 + 3 * (z - j - 1) + 1), this.writeUnicodeEscape(c);
                    } else if (c >= 56320 && c <= 57343) this.ensure(6 + 3 * (z - j - 1) + 1), this.writeUnicodeEscape(c); else {
                        let {i: i, json: json} = this;
                        c < 2048 ? (json[i++] = 192 | c >> 6, json[i++] = 128 | 63 & c) : (json[i++] = 224 | c >> 12, 
                        json[i++] = 128 | c >> 6 & 63, json[i++] = 128 | 63 & c), this.i = i;
                    }
                }
                this.json[this.i++] = 34;
            }
            writeUnicodeEscape(code) {
                let {json: json, i: i} = this;
                json[i++] = 92, json[i++] = 117;
                const hex = code.toString(16).padStart(4, "0");
                for (let j = 0; j < 4; ++j) json[i++] = hex.charCodeAt(j);
                this.i = i;
            }
            static B64=(() => {
                const table = new Uint8Array(64);
                for (let i = 0; i < 64; ++i) table[i] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(i);
                return table;
            })();
            writeBase64(data) {
                const b64Len = 4 * Math.ceil(data.length / 3);
                this.ensure(b64Len + 2);
                const json = this.json, B64 = JsonShapeSerializer2.B64;
                let i = this.i;
                json[i++] = 34;
                const len = data.length, remainder = len % 3, mainLen = len - remainder;
                for (let j = 0; j < mainLen; j += 3) {
                    const a = data[j], b = data[j + 1], c = data[j + 2];
                    json[i++] = B64[a >> 2], json[i++] = B64[(3 & a) << 4 | b >> 4], json[i++] = B64[(15 & b) << 2 | c >> 6], 
                    json[i++] = B64[63 & c];
                }
                if (2 === remainder) {
                    const a = data[mainLen], b = data[mainLen + 1];
                    json[i++] = B64[a >> 2], json[i++] = B64[(3 & a) << 4 | b >> 4], json[i++] = B64[(15 & b) << 2], 
                    json[i++] = 61;
                } else if (1 === remainder) {
                    const a = data[mainLen];
                    json[i++] = B64[a >> 2], json[i++] = B64[(3 & a) << 4], json[i++] = 61, json[i++] = 61;
                }
                json[i++] = 34, this.i = i;
            }
            writeValue(schema, value, container) {
                if (null == value) return container?.isStructSchema() ? void 0 === value && NormalizedSchema.of(schema).isIdempotencyToken() ? void this.writeAsciiQuoted(generateIdempotencyToken()) : void 0 : (this.ensure(4), 
                this.json.set(NULL, this.i), void (this.i += 4));
                const ns = NormalizedSchema.of(schema), isObject = "object" == typeof value;
                if (ns.isStringSchema()) {
                    const mediaType = ns.getMergedTraits().mediaType;
                    if (mediaType && ("application/json" === mediaType || mediaType.endsWith("+json"))) return void this.writeJsonString(LazyJsonString.from(value).toString());
                }
                if (this.settings.bigNumberAsString && null != value && (ns.isBigIntegerSchema() || ns.isBigDecimalSchema())) {
                    const asString = value instanceof NumericValue ? value.string : String(value);
                    return void this.writeAsciiQuoted(asString);
                }
                if (isObject) {
                    if (ns.isStructSchema()) return void this.writeStruct(ns, value);
                    if (Array.isArray(value) && (ns.isListSchema() || ns.isDocumentSchema())) return void this.writeList(ns, value, ns.isDocumentSchema());
                    if (ns.isMapSchema()) return void this.writeMap(ns, value, !1);
                    if (value instanceof Uint8Array && (ns.isBlobSchema() || ns.isDocumentSchema())) return void this.writeBase64(value);
                    if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) return void this.writeTimestamp(ns, value);
                    if (value instanceof NumericValue) return void this.writeAscii(value.string);
                    if (ns.isDocumentSchema()) return void (Array.isArray(value) ? this.writeList(ns, value, !0) : this.writeMap(ns, value, !0));
                    const json = JSON.stringify(value);
                    return void this.writeAscii(json);
                }
                if ("string" != typeof value) {
                    if ("number" == typeof value) {
                        if (Math.abs(value) === 1 / 0 || Number.isNaN(value)) return void this.writeAsciiQuoted(String(value));
                        const numStr = String(value);
                        return void this.writeAscii(numStr);
                    }
                    if ("boolean" == typeof value) {
                        this.ensure(5);
                        let {i: i, json: json} = this;
                        return value ? (json.set(TRUE, i), i += 4) : (json.set(FALSE, i), i += 5), void (this.i = i);
                    }
                    "bigint" != typeof value ? this.writeAscii(String(value)) : this.writeAscii(value.toString());
                } else {
                    if (ns.isBlobSchema()) {
                        const b64 = (this.serdeContext?.base64Encoder ?? toBase64)(value);
                        return void this.writeAsciiQuoted(b64);
                    }
                    this.writeJsonString(value);
                }
            }
            writeStruct(ns, value) {
                this.ensure(2), this.json[this.i++] = 123;
                let wroteAny = !1;
                const hasType = "string" == typeof value.__type;
                let writtenKeys;
                hasType && (writtenKeys = new Set);
                for (const [memberName, memberSchema] of ns.structIterator()) {
                    const item = value[memberName];
                    if (null == item && !memberSchema.isIdempotencyToken()) continue;
                    wroteAny && (this.ensure(1), this.json[this.i++] = 44), wroteAny = !0;
                    const targetKey = this.settings.jsonName ? memberSchema.getMergedTraits().jsonName ?? memberName : memberName;
                    writtenKeys && (writtenKeys.add(memberName), writtenKeys.add(targetKey)), this.writeAsciiQuoted(targetKey), 
                    this.json[this.i++] = 58, this.writeValue(memberSchema, item, ns);
                }
                if (!wroteAny && ns.isUnionSchema()) {
                    const {$unknown: $unknown} = value;
                    if (Array.isArray($unknown)) {
                        const [k, v] = $unknown;
                        this.writeAsciiQuoted(k), this.ensure(1), this.json[this.i++] = 58, this.writeValue(15, v, ns);
                    }
                } else if (hasType) for (const k in value) {
                    if (writtenKeys.has(k)) continue;
                    writtenKeys.add(k);
                    const v = value[k];
                    wroteAny && (this.ensure(1), this.json[this.i++] = 44), wroteAny = !0, this.writeAsciiQuoted(k), 
                    this.ensure(1), this.json[this.i++] = 58, this.writeValue(15, v, void 0);
                }
                this.ensure(1), this.json[this.i++] = 125;
            }
            writeList(ns, value, isDocument) {
                const sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema();
                if (!isDocument && (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema())) {
                    let json, hasSpecials = !1;
                    for (let i = 0; i < value.length; ++i) {
                        const v = value[i];
                        if (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 || null == v && !sparse) {
                            hasSpecials = !0;
                            break;
                        }
                    }
                    if (hasSpecials) {
                        const out = [];
                        for (let i = 0; i < value.length; ++i) {
                            const v = value[i];
                            (null != v || sparse) && (Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 ? out.push(String(v)) : out.push(v));
                        }
                        json = JSON.stringify(out);
                    } else json = JSON.stringify(value);
                    return this.ensure(3 * json.length), void (this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written);
                }
                this.ensure(2), this.json[this.i++] = 91;
                let wroteFirstItem = !1;
                for (let i = 0; i < value.length; ++i) {
                    const item = value[i];
                    (isDocument ? void 0 !== item : null != item || sparse) && (wroteFirstItem && (this.ensure(1), 
                    this.json[this.i++] = 44), this.writeValue(valueSchema, item, void 0), wroteFirstItem = !0);
                }
                this.ensure(1), this.json[this.i++] = 93;
            }
            writeMap(ns, value, isDocument) {
                const sparse = !!ns.getMergedTraits().sparse, valueSchema = ns.getValueSchema();
                if (!isDocument && (valueSchema.isStringSchema() || valueSchema.isNumericSchema() || valueSchema.isBooleanSchema())) {
                    let modifications;
                    for (const k in value) {
                        if (!hasOwn(value, k)) continue;
                        const v = value[k];
                        Number.isNaN(v) || v === 1 / 0 || v === -1 / 0 ? ((modifications ??= {})[k] = v, 
                        value[k] = String(v)) : null !== v || sparse || ((modifications ??= {})[k] = null, 
                        value[k] = void 0);
                    }
                    const json = JSON.stringify(value);
                    return modifications && Object.assign(value, modifications), this.ensure(3 * json.length), 
                    void (this.i += encoder.encodeInto(json, this.json.subarray(this.i)).written);
                }
                this.ensure(2), this.json[this.i++] = 123;
                let first = !0;
                for (const k in value) {
                    if (!hasOwn(value, k)) continue;
                    const v = value[k];
                    (isDocument ? void 0 !== v : null != v || sparse) && (first || (this.ensure(1), 
                    this.json[this.i++] = 44), first = !1, this.writeJsonString(k), this.ensure(1), 
                    this.json[this.i++] = 58, this.writeValue(valueSchema, v, void 0));
                }
                this.ensure(1), this.json[this.i++] = 125;
            }
            writeTimestamp(ns, value) {
                switch (determineTimestampFormat(ns, this.settings)) {
                  case 5:
                    {
                        const iso = value.toISOString().replace(".000Z", "Z");
                        return void this.writeAsciiQuoted(iso);
                    }

                  case 6:
                    return void this.writeAsciiQuoted(dateToUtcString(value));

                  case 7:
                    {
                        const epochSecs = String(value.getTime() / 1e3);
                        return void this.writeAscii(epochSecs);
                    }

                  default:
                    {
                        const epochSecs = String(value.getTime() / 1e3);
                        return void this.writeAscii(epochSecs);
                    }
                }
            }
        }
        class JsonCodec2 extends SerdeContextConfig {
            settings;
            constructor(settings) {
                super(), this.settings = settings;
            }
            createSerializer() {
                const serializer = new JsonShapeSerializer2(this.settings);
                return serializer.setSerdeContext(this.serdeContext), serializer;
            }
            createDeserializer() {
                const deserializer = new JsonShapeDeserializer2(this.settings);
                return deserializer.setSerdeContext(this.serdeContext), deserializer;
            }
        }
        class JsonShapeDeserializer extends SerdeContextConfig {
            settings;
            constructor(settings) {
                super(), this.settings = settings;
            }
            async read(schema, data) {
                const reviver = needsReviver(schema) ? jsonReviver : void 0;
                return this._read(schema, "string" == typeof data ? JSON.parse(data, reviver) : await parseJsonBody(data, this.serdeContext, schema));
            }
            readObject(schema, data) {
                return this._read(schema, data);
            }
            _read(schema, value) {
                const isObject = null !== value && "object" == typeof value, ns = NormalizedSchema.of(schema);
                if (isObject) {
                    if (ns.isStructSchema()) {
                        const record = value, union = ns.isUnionSchema(), out = {};
                        let nameMap;
                        const {jsonName: jsonName} = this.settings;
                        let unionSerde;
                        jsonName && (nameMap = {}), union && (unionSerde = new UnionSerde(record, out));
                        for (const [memberName, memberSchema] of ns.structIterator()) {
                            let fromKey = memberName;
                            jsonName && (fromKey = memberSchema.getMergedTraits().jsonName ?? fromKey, nameMap[fromKey] = memberName), 
                            union && unionSerde.mark(fromKey), null != record[fromKey] && (out[memberName] = this._read(memberSchema, record[fromKey]));
                        }
                        if (union) unionSerde.writeUnknown(); else if ("string" == typeof record.__type) for (const k in record) {
                            if (!hasOwn(record, k)) continue;
                            const v = record[k], t = jsonName ? nameMap[k] ?? k : k;
                            t in out || (out[t] = v);
                        }
                        return out;
                    }
                    if (Array.isArray(value) && ns.isListSchema()) {
                        const listMember = ns.getValueSchema(), out = [];
                        for (const item of value) out.push(this._read(listMember, item));
                        return out;
                    }
                    if (ns.isMapSchema()) {
                        const mapMember = ns.getValueSchema(), out = {};
                        for (const _k in value) hasOwn(value, _k) && ("__proto__" === _k && writeKey(out), 
                        out[_k] = this._read(mapMember, value[_k]));
                        return out;
                    }
                }
                if (ns.isBlobSchema() && "string" == typeof value) return fromBase64(value);
                const mediaType = ns.getMergedTraits().mediaType;
                if (ns.isStringSchema() && "string" == typeof value && mediaType) return "application/json" === mediaType || mediaType.endsWith("+json") ? LazyJsonString.from(value) : value;
                if (ns.isTimestampSchema() && null != value) switch (determineTimestampFormat(ns, this.settings)) {
                  case 5:
                    return parseRfc3339DateTimeWithOffset(value);

                  case 6:
                    return parseRfc7231DateTime(value);

                  case 7:
                    return parseEpochTimestamp(value);

                  default:
                    return console.warn("Missing timestamp format, parsing value with Date constructor:", value), 
                    new Date(value);
                }
                if (ns.isBigIntegerSchema() && ("number" == typeof value || "string" == typeof value)) return BigInt(value);
                if (ns.isBigDecimalSchema() && null != value) {
                    if (value instanceof NumericValue) return value;
                    const untyped = value;
                    return "bigDecimal" === untyped.type && "string" in untyped ? new NumericValue(untyped.string, untyped.type) : new NumericValue(String(value), "bigDecimal");
                }
                if (ns.isNumericSchema() && "string" == typeof value) {
                    switch (value) {
                      case "Infinity":
                        return 1 / 0;

                      case "-Infinity":
                        return -1 / 0;

                      case "NaN":
                        return NaN;
                    }
                    return value;
                }
                if (ns.isDocumentSchema()) {
                    if (isObject) {
                        const out = Array.isArray(value) ? [] : {};
                        for (const k in value) {
                            if (!hasOwn(value, k)) continue;
                            "__proto__" === k && writeKey(out);
                            const v = value[k];
                            out[k] = v instanceof NumericValue ? v : this._read(ns, v);
                        }
                        return out;
                    }
                    return structuredClone(value);
                }
                return value;
            }
        }
        const NUMERIC_CONTROL_CHAR = String.fromCharCode(925);
        class JsonReplacer {
            values=new Map;
            counter=0;
            stage=0;
            createReplacer() {
                if (1 === this.stage) throw new Error("@aws-sdk/core/protocols - JsonReplacer already created.");
                if (2 === this.stage) throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
                return this.stage = 1, (key, value) => {
                    if (value instanceof NumericValue) {
                        const v = NUMERIC_CONTROL_CHAR + "nv" + this.counter++ + "_" + value.string;
                        return this.values.set(`"${v}"`, value.string), v;
                    }
                    if ("bigint" == typeof value) {
                        const s = value.toString(), v = NUMERIC_CONTROL_CHAR + "b" + this.counter++ + "_" + s;
                        return this.values.set(`"${v}"`, s), v;
                    }
                    return value;
                };
            }
            replaceInJson(json) {
                if (0 === this.stage) throw new Error("@aws-sdk/core/protocols - JsonReplacer not created yet.");
                if (2 === this.stage) throw new Error("@aws-sdk/core/protocols - JsonReplacer exhausted.");
                if (this.stage = 2, 0 === this.counter) return json;
                for (const [key, value] of this.values) json = json.replace(key, value);
                return json;
            }
        }
        class JsonShapeSerializer extends SerdeContextConfig {
            settings;
            buffer;
            useReplacer=!1;
            rootSchema;
            constructor(settings) {
                super(), this.settings = settings;
            }
            write(schema, value) {
                this.rootSchema = NormalizedSchema.of(schema), this.buffer = this._write(this.rootSchema, value);
            }
            flush() {
                const {rootSchema: rootSchema, useReplacer: useReplacer} = this;
                if (this.rootSchema = void 0, this.useReplacer = !1, rootSchema?.isStructSchema() || rootSchema?.isDocumentSchema()) {
                    if (!useReplacer) return JSON.stringify(this.buffer);
                    const replacer = new JsonReplacer;
                    return replacer.replaceInJson(JSON.stringify(this.buffer, replacer.createReplacer(), 0));
                }
                return this.buffer;
            }
            writeDiscriminatedDocument(schema, value) {
                this.write(schema, value), "object" == typeof this.buffer && (this.buffer.__type = NormalizedSchema.of(schema).getName(!0));
            }
            _write(schema, value, container) {
                const isObject = null !== value && "object" == typeof value, ns = NormalizedSchema.of(schema);
                if (isObject) {
                    if (ns.isStructSchema()) {
                        const record = value, out = {}, {jsonName: jsonName} = this.settings;
                        let nameMap;
                        jsonName && (nameMap = {});
                        let outCount = 0;
                        for (const [memberName, memberSchema] of ns.structIterator()) {
                            const serializableValue = this._write(memberSchema, record[memberName], ns);
                            if (void 0 !== serializableValue) {
                                let targetKey = memberName;
                                jsonName && (targetKey = memberSchema.getMergedTraits().jsonName ?? memberName, 
                                nameMap[memberName] = targetKey), out[targetKey] = serializableValue, outCount++;
                            }
                        }
                        if (ns.isUnionSchema() && 0 === outCount) {
                            const {$unknown: $unknown} = record;
                            if (Array.isArray($unknown)) {
                                const [k, v] = $unknown;
                                "__proto__" === k && writeKey(out), out[k] = this._write(15, v);
                            }
                        } else if ("string" == typeof record.__type) for (const k in record) {
                            if (!hasOwn(record, k)) continue;
                            const v = record[k], targetKey = jsonName ? nameMap[k] ?? k : k;
                            targetKey in out || (out[targetKey] = this._write(15, v));
                        }
                        return out;
                    }
                    if (Array.isArray(value) && ns.isListSchema()) {
                        const listMember = ns.getValueSchema(), out = [], sparse = !!ns.getMergedTraits().sparse;
                        for (const item of value) (sparse || null != item) && out.push(this._write(listMember, item));
                        return out;
                    }
                    if (ns.isMapSchema()) {
                        const mapMember = ns.getValueSchema(), out = {}, sparse = !!ns.getMergedTraits().sparse;
                        for (const _k in value) {
                            if (!hasOwn(value, _k)) continue;
                            const _v = value[_k];
                            (sparse || null != _v) && ("__proto__" === _k && writeKey(out), out[_k] = this._write(mapMember, _v));
                        }
                        return out;
                    }
                    if (value instanceof Uint8Array && ns.isBlobSchema()) return ns === this.rootSchema ? value : (this.serdeContext?.base64Encoder ?? toBase64)(value);
                    if (value instanceof Date && (ns.isTimestampSchema() || ns.isDocumentSchema())) switch (determineTimestampFormat(ns, this.settings)) {
                      case 5:
                        return value.toISOString().replace(".000Z", "Z");

                      case 6:
                        return dateToUtcString(value);

                      case 7:
                        return value.getTime() / 1e3;

                      default:
                        return console.warn("Missing timestamp format, using epoch seconds", value), value.getTime() / 1e3;
                    }
                    value instanceof NumericValue && (this.useReplacer = !0);
                }
                if (null !== value || !container?.isStructSchema()) {
                    if (ns.isStringSchema()) {
                        if (void 0 === value && ns.isIdempotencyToken()) return generateIdempotencyToken();
                        const mediaType = ns.getMergedTraits().mediaType;
                        return null != value && mediaType && ("application/json" === mediaType || mediaType.endsWith("+json")) ? LazyJsonString.from(value) : value;
                    }
                    if ("number" == typeof value) return Math.abs(value) === 1 / 0 || isNaN(value) ? String(value) : value;
                    if ("string" == typeof value && ns.isBlobSchema()) return ns === this.rootSchema ? value : (this.serdeContext?.base64Encoder ?? toBase64)(value);
                    if ("bigint" == typeof value && (this.useReplacer = !0), ns.isDocumentSchema()) {
                        if (isObject) {
                            if (value instanceof Uint8Array) return (this.serdeContext?.base64Encoder ?? toBase64)(value);
                            const out = Array.isArray(value) ? [] : {};
                            for (const k in value) {
                                if (!hasOwn(value, k)) continue;
                                const v = value[k];
                                "__proto__" === k && writeKey(out), v instanceof NumericValue ? (this.useReplacer = !0, 
                                out[k] = v) : out[k] = this._write(ns, v);
                            }
                            return out;
                        }
                        return structuredClone(value);
                    }
                    return value;
                }
            }
        }
        exports.AbstractRpcV2Protocol = AbstractRpcV2Protocol, exports.Field = class {
            name;
            kind;
            values;
            constructor({name: name, kind: kind = FieldPosition.HEADER, values: values = []}) {
                this.name = name, this.kind = kind, this.values = values;
            }
            add(value) {
                this.values.push(value);
            }
            set(values) {
                this.values = values;
            }
            remove(value) {
                this.values = this.values.filter(v => v !== value);
            }
            toString() {
                return this.values.map(v => v.includes(",") || v.includes(" ") ? `"${v}"` : v).join(", ");
            }
            get() {
                return this.values;
            }
        }, exports.Fields = class {
            entries={};
            encoding;
            constructor({fields: fields = [], encoding: encoding = "utf-8"}) {
                fields.forEach(this.setField.bind(this)), this.encoding = encoding;
            }
            setField(field) {
                this.entries[field.name.toLowerCase()] = field;
            }
            getField(name) {
                return this.entries[name.toLowerCase()];
            }
            removeField(name) {
                delete this.entries[name.toLowerCase()];
            }
            getByType(kind) {
                return Object.values(this.entries).filter(field => field.kind === kind);
            }
        }, exports.FromStringShapeDeserializer = FromStringShapeDeserializer, exports.HttpBindingProtocol = class extends HttpProtocol {
            async serializeRequest(operationSchema, _input, context) {
                const input = _input && "object" == typeof _input ? _input : {}, query = {}, endpoint = await context.endpoint(), ns = HttpBindingNormalizedSchema.of(operationSchema?.input), bindings = ns.getHttpBindings().request, operation = getHttpOperationBindings(operationSchema), request = new HttpRequest({
                    query: query,
                    headers: {}
                });
                if (endpoint) {
                    this.updateServiceEndpoint(request, endpoint), this.setHostPrefix(request, operationSchema, input, operation);
                    const [method, path, staticQuery] = operation;
                    if (method) {
                        request.method = method, request.path = "/" === request.path ? path : request.path + path;
                        for (const [key, value] of staticQuery) query[key] = value;
                    }
                }
                request.query = query;
                const eventStream = this.serializeHttpBindings(input, request, bindings, operation);
                return eventStream && (request.body = await this.serializeEventStream({
                    eventStream: eventStream,
                    requestSchema: ns
                })), request;
            }
            serializeHttpBindings(input, request, bindings, operation) {
                const serializer = this.serializer, directSerializer = "function" == typeof serializer.writeCodec ? serializer : void 0, query = request.query, headers = request.headers, bodySchema = bindings.syntheticBodySchema;
                let payload, eventStream, labels, hasBodyValue = !1;
                const names = Object.getOwnPropertyNames(input), prototype = Object.getPrototypeOf(input), sparse = (prototype === Object.prototype || null === prototype) && !bindings.hasIdempotency && !bindings.hasPrefixHeaders && 2 * names.length < bindings.memberBindings.length, length = sparse ? names.length : bindings.memberBindings.length;
                for (let i = 0; i < length; ++i) {
                    const binding = sparse ? hasOwn(bindings.byName, names[i]) ? bindings.byName[names[i]] : void 0 : bindings.memberBindings[i];
                    if (!binding) continue;
                    const value = binding[1], memberName = binding[0], memberNs = value[0], flags = value[1], collectionValue = value[2], location = binding[2], wireName = binding[3], inputMemberValue = input[memberName];
                    if (null != inputMemberValue || flags >> 10 & 1) if (36 === location) {
                        const stream = flags >> 11 & 3;
                        stream ? 2 === stream ? eventStream = inputMemberValue || void 0 : payload = inputMemberValue : (directSerializer ? directSerializer.writeCodec(memberNs, inputMemberValue) : serializer.write(memberNs, inputMemberValue), 
                        payload = serializer.flush());
                    } else if (33 === location || 38 === location) {
                        const serialized = this.serializeHttpValue(value, inputMemberValue, location, directSerializer);
                        33 === location ? (labels ??= Object.create(null))[memberName] = serialized : headers[wireName] = serialized;
                    } else if (39 === location) for (const key in inputMemberValue) {
                        if (!hasOwn(inputMemberValue, key)) continue;
                        const amalgam = wireName + key;
                        headers[amalgam.toLowerCase()] = this.serializeHttpValue(collectionValue, inputMemberValue[key], 38, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], {
                            httpHeader: amalgam
                        } ]);
                    } else 34 == (62 & location) ? this.serializeQuery(value, inputMemberValue, wireName, query, directSerializer) : hasBodyValue = !0;
                }
                const operationPath = operation[1], pathSegments = operation[3];
                return operationPath && pathSegments && request.path.endsWith(operationPath) && (request.path = request.path.slice(0, -operationPath.length) + this.serializePath(pathSegments, labels, bindings)), 
                hasBodyValue && bodySchema && (directSerializer ? directSerializer.writeCodec(bodySchema, input) : serializer.write(bodySchema, input), 
                payload = serializer.flush()), request.body = payload, eventStream;
            }
            serializeQuery(value, data, wireName, query, directSerializer) {
                const [ns, flags, collectionValue] = value, traits = directSerializer ? void 0 : ns.getMergedTraits();
                if (void 0 !== wireName) if (64 == (192 & flags)) {
                    const buffer = [];
                    for (const item of data) {
                        const serialized = this.serializeHttpValue(collectionValue, item, 34, directSerializer, directSerializer ? collectionValue[0] : [ collectionValue[0], traits ]);
                        (flags >> 13 & 1 || void 0 !== serialized) && buffer.push(serialized);
                    }
                    query[wireName] = buffer;
                } else query[wireName] = this.serializeHttpValue(value, data, 34, directSerializer, directSerializer ? ns : [ ns, traits ]); else for (const key in data) hasOwn(data, key) && !(key in query) && (directSerializer || Object.assign(collectionValue[0].getMergedTraits(), {
                    ...traits,
                    httpQuery: key,
                    httpQueryParams: void 0
                }), this.serializeQuery(collectionValue, data[key], key, query, directSerializer));
            }
            serializeHttpValue(value, data, location, directSerializer, schema = value[0]) {
                const flags = value[1], type = 255 & flags;
                return !directSerializer || 1792 & flags || !(type <= 2 || 17 === type || 19 === type) ? (directSerializer ? directSerializer.writeHttpBinding(value, data, location) : this.serializer.write(schema, data), 
                this.serializer.flush()) : String(data);
            }
            serializePath(segments, labels, bindings) {
                let path = "";
                for (const [value, kind] of segments) {
                    if (0 === kind) {
                        path += value;
                        continue;
                    }
                    const replacement = labels?.[value];
                    if (void 0 === replacement) {
                        if (hasOwn(bindings.byName, value) && 33 === bindings.byName[value][2]) throw new Error(`No value provided for input HTTP label: ${value}.`);
                        path += `{${value}${2 === kind ? "+" : ""}}`;
                    } else path += 2 === kind ? replacement.split("/").map(extendedEncodeURIComponent).join("/") : extendedEncodeURIComponent(replacement);
                }
                return path;
            }
            async deserializeResponse(operationSchema, context, response) {
                const deserializer = this.deserializer, directDeserializer = "function" == typeof deserializer.readCodec ? deserializer : void 0, ns = HttpBindingNormalizedSchema.of(operationSchema.output), responseBindings = ns.getHttpBindings().response, dataObject = {};
                if (response.statusCode >= 300) {
                    const bytes = await collectBody(response.body, context);
                    throw bytes.byteLength > 0 && Object.assign(dataObject, await deserializer.read(15, bytes)), 
                    await this.handleError(operationSchema, context, response, dataObject, this.deserializeMetadata(response)), 
                    new Error("@smithy/core/protocols - HTTP Protocol error handler failed to throw.");
                }
                const nonHttpBindingMembers = await this.deserializeHttpMessage(ns, context, response, dataObject);
                if (nonHttpBindingMembers.length) {
                    const bytes = await collectBody(response.body, context);
                    if (bytes.byteLength > 0) {
                        const dataFromBody = await (directDeserializer ? directDeserializer.readCodec(responseBindings.syntheticBodySchema, bytes) : deserializer.read(responseBindings.syntheticBodySchema, bytes));
                        for (const member of nonHttpBindingMembers) null != dataFromBody[member] && (dataObject[member] = dataFromBody[member]);
                    }
                } else responseBindings.bindings.payload || await collectBody(response.body, context);
                return dataObject.$metadata = this.deserializeMetadata(response), dataObject;
            }
            async deserializeHttpMessage(schema, context, response, arg4, arg5) {
                const dataObject = arg4 instanceof Set ? arg5 : arg4, deserializer = this.deserializer, directDeserializer = "function" == typeof deserializer.readCodec ? deserializer : void 0, ns = HttpBindingNormalizedSchema.of(schema), {bodyMemberNames: bodyMemberNames, bindings: {payload: payload, statusCode: statusCode, headers: responseHeaders, prefixHeaders: prefixHeaders}} = ns.getHttpBindings().response, headers = response.headers;
                if (payload) {
                    const [memberName, value] = payload, [memberSchema, flags] = value, stream = flags >> 11 & 3;
                    if (stream) dataObject[memberName] = 2 === stream ? await this.deserializeEventStream({
                        response: response,
                        responseSchema: ns
                    }) : sdkStreamMixin(response.body); else if (response.body) {
                        const bytes = await collectBody(response.body, context);
                        bytes.byteLength > 0 && (dataObject[memberName] = await (directDeserializer ? directDeserializer.readPayload(value, bytes) : deserializer.read(memberSchema, bytes)));
                    }
                }
                for (const header in headers) {
                    if (!hasOwn(headers, header)) continue;
                    const lower = header.toLowerCase(), headerValue = headers[header];
                    lower !== header && (delete headers[header], headers[lower] = headerValue);
                    const binding = hasOwn(responseHeaders, lower) ? responseHeaders[lower] : void 0;
                    if (!binding) continue;
                    const [memberName, [memberSchema, flags, collectionValue], , wireName] = binding;
                    if (collectionValue) {
                        const sections = flags >> 16 & 1 ? splitEvery(headerValue, ",", 2) : splitHeader(headerValue), list = [];
                        for (const section of sections) list.push(directDeserializer ? directDeserializer.readHttpBinding(collectionValue, section.trim(), 38) : await deserializer.read([ collectionValue[0], {
                            httpHeader: wireName
                        } ], section.trim()));
                        dataObject[memberName] = list;
                    } else dataObject[memberName] = directDeserializer ? directDeserializer.readHttpBinding(binding[1], headerValue, 38) : await deserializer.read(memberSchema, headerValue);
                }
                for (const [memberName, [, , collectionValue], , wireName] of prefixHeaders) {
                    dataObject[memberName] = {};
                    for (const header in headers) {
                        if (!hasOwn(headers, header)) continue;
                        if (!header.startsWith(wireName)) continue;
                        const headerValue = headers[header];
                        dataObject[memberName][header.slice(wireName.length)] = directDeserializer ? directDeserializer.readHttpBinding(collectionValue, headerValue, 38) : await deserializer.read([ collectionValue[0], {
                            httpHeader: header
                        } ], headerValue);
                    }
                }
                return statusCode && (dataObject[statusCode[0]] = response.statusCode), bodyMemberNames;
            }
        }, exports.HttpInterceptingShapeDeserializer = class extends SerdeContext {
            codecDeserializer;
            stringDeserializer;
            constructor(codecDeserializer, codecSettings) {
                super(), this.codecDeserializer = codecDeserializer, this.stringDeserializer = new FromStringShapeDeserializer(codecSettings);
            }
            setSerdeContext(serdeContext) {
                this.stringDeserializer.setSerdeContext(serdeContext), this.codecDeserializer.setSerdeContext(serdeContext), 
                this.serdeContext = serdeContext;
            }
            read(schema, data) {
                const ns = HttpBindingNormalizedSchema.of(schema), traits = ns.getMergedTraits();
                if (traits.httpHeader || traits.httpResponseCode) {
                    const value = ns.getHttpBindingValue(38, traits);
                    return this.readHttpBinding(value, data, 38);
                }
                return traits.httpPayload ? this.readPayload(ns.getHttpBindingValue(36, traits), data) : this.readCodec(ns, data);
            }
            readHttpBinding(binding, data, location) {
                const value = "string" == typeof data ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data);
                return this.stringDeserializer.readHttpBinding(binding, value, location);
            }
            readPayload([schema, flags], data) {
                const type = 255 & flags;
                return 21 === type || 42 === type ? "string" == typeof data ? (this.serdeContext?.utf8Decoder ?? fromUtf8)(data) : data : 0 === type ? "string" == typeof data ? data : (this.serdeContext?.utf8Encoder ?? toUtf8)(data) : this.readCodec(schema, data);
            }
            readCodec(schema, data) {
                return this.codecDeserializer.read(schema, data);
            }
        }, exports.HttpInterceptingShapeSerializer = class {
            codecSerializer;
            stringSerializer;
            buffer;
            constructor(codecSerializer, codecSettings, stringSerializer = new ToStringShapeSerializer(codecSettings)) {
                this.codecSerializer = codecSerializer, this.stringSerializer = stringSerializer;
            }
            setSerdeContext(serdeContext) {
                this.codecSerializer.setSerdeContext(serdeContext), this.stringSerializer.setSerdeContext(serdeContext);
            }
            write(schema, value) {
                const ns = HttpBindingNormalizedSchema.of(schema), traits = ns.getMergedTraits();
                if (traits.httpHeader || traits.httpLabel || traits.httpQuery) {
                    const location = ns.getHttpBindingLocation(traits);
                    return void this.writeHttpBinding(ns.getHttpBindingValue(location, traits), value, location);
                }
                this.writeCodec(ns, value);
            }
            writeHttpBinding(binding, value, location) {
                this.stringSerializer.writeHttpBinding(binding, value, location), this.buffer = this.stringSerializer.flush();
            }
            writeCodec(schema, value) {
                this.codecSerializer.write(schema, value);
            }
            flush() {
                if (void 0 !== this.buffer) {
                    const buffer = this.buffer;
                    return this.buffer = void 0, buffer;
                }
                return this.codecSerializer.flush();
            }
        }, exports.HttpProtocol = HttpProtocol, exports.JsonCodec = class extends SerdeContextConfig {
            settings;
            constructor(settings) {
                super(), this.settings = settings;
            }
            createSerializer() {
                const serializer = new JsonShapeSerializer(this.settings);
                return serializer.setSerdeContext(this.serdeContext), serializer;
            }
            createDeserializer() {
                const deserializer = new JsonShapeDeserializer(this.settings);
                return deserializer.setSerdeContext(this.serdeContext), deserializer;
            }
        }, exports.JsonCodec2 = JsonCodec2, exports.JsonShapeDeserializer = JsonShapeDeserializer, 
        exports.JsonShapeDeserializer2 = JsonShapeDeserializer2, exports.JsonShapeSerializer = JsonShapeSerializer, 
        exports.JsonShapeSerializer2 = JsonShapeSerializer2, exports.RequestBuilder = RequestBuilder, 
        exports.RpcProtocol = RpcProtocol, exports.SerdeContext = SerdeContext, exports.SmithyRpcV2JsonProtocol = class extends AbstractRpcV2Protocol {
            codec=new JsonCodec2({
                timestampFormat: {
                    useTrait: !1,
                    default: 7
                },
                jsonName: !1,
                bigNumberAsString: !0
            });
            serializer=this.codec.createSerializer();
            deserializer=this.codec.createDeserializer();
            getShapeId() {
                return "smithy.protocols#rpcv2Json";
            }
            getPayloadCodec() {
                return this.codec;
            }
            getSmithyProtocolHeaderValue() {
                return "rpc-v2-json";
            }
            applyEmptyBody(request) {
                request.body || (request.body = "{}");
            }
            async handleError(operationSchema, context, response, dataObject, metadata) {
                const errorName = loadSmithyRpcV2JsonErrorCode(0, dataObject) ?? "Unknown", errorMetadata = {
                    $metadata: metadata,
                    $fault: response.statusCode <= 500 ? "client" : "server"
                };
                let namespace = this.options.defaultNamespace;
                errorName.includes("#") && ([namespace] = errorName.split("#"));
                const registry = this.compositeErrorRegistry, nsRegistry = TypeRegistry.for(namespace);
                let errorSchema;
                registry.copyFrom(nsRegistry);
                try {
                    errorSchema = registry.getSchema(errorName);
                } catch (ignored) {
                    dataObject.Message && (dataObject.message = dataObject.Message);
                    const syntheticRegistry = TypeRegistry.for("smithy.ts.sdk.synthetic." + namespace);
                    registry.copyFrom(syntheticRegistry);
                    const baseExceptionSchema = registry.getBaseException();
                    if (baseExceptionSchema) {
                        const ErrorCtor = registry.getErrorCtor(baseExceptionSchema);
                        throw Object.assign(new ErrorCtor({
                            name: errorName
                        }), errorMetadata, dataObject);
                    }
                    throw Object.assign(new Error(errorName), errorMetadata, dataObject);
                }
                const ns = NormalizedSchema.of(errorSchema), ErrorCtor = registry.getErrorCtor(errorSchema), message = dataObject.message ?? dataObject.Message ?? "Unknown", exception = new ErrorCtor({}), output = {}, errorDeserializer = this.codec.createDeserializer();
                for (const [name, member] of ns.structIterator()) null != dataObject[name] && (output[name] = errorDeserializer.readObject(member, dataObject[name]));
                throw Object.assign(exception, errorMetadata, {
                    $fault: ns.getMergedTraits().error,
                    message: message
                }, output);
            }
            getDefaultContentType() {
                return "application/json";
            }
        }, exports.ToStringShapeSerializer = ToStringShapeSerializer, exports.buildQueryString = function(query) {
            const parts = [];
            for (let key of Object.keys(query).sort()) {
                const value = query[key];
                if (key = escapeUri(key), Array.isArray(value)) for (let i = 0, iLen = value.length; i < iLen; i++) parts.push(`${key}=${escapeUri(value[i])}`); else {
                    let qsEntry = key;
                    (value || "string" == typeof value) && (qsEntry += `=${escapeUri(value)}`), parts.push(qsEntry);
                }
            }
            return parts.join("&");
        }, exports.collectBody = collectBody, exports.contentLengthMiddleware = contentLengthMiddleware, 
        exports.contentLengthMiddlewareOptions = contentLengthMiddlewareOptions, exports.determineTimestampFormat = determineTimestampFormat, 
        exports.escapeUri = escapeUri, exports.escapeUriPath = uri => uri.split("/").map(escapeUri).join("/"), 
        exports.extendedEncodeURIComponent = extendedEncodeURIComponent, exports.getContentLengthPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.add(contentLengthMiddleware(options.bodyLengthChecker), contentLengthMiddlewareOptions);
            }
        }), exports.getHttpHandlerExtensionConfiguration = runtimeConfig => (runtimeConfig.logger && "NoOpLogger" !== runtimeConfig.logger.constructor?.name && runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"), runtimeConfig.logger), 
        runtimeConfig.defaultSocketTimeout && runtimeConfig.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"), runtimeConfig.defaultSocketTimeout), 
        {
            setHttpHandler(handler) {
                runtimeConfig.requestHandler = handler;
            },
            httpHandler: () => runtimeConfig.requestHandler,
            updateHttpClientConfig(key, value) {
                runtimeConfig.requestHandler?.updateHttpClientConfig(key, value);
            },
            httpHandlerConfigs: () => runtimeConfig.requestHandler.httpHandlerConfigs()
        }), exports.loadJsonRpcErrorCode = (output, data, queryCompat = !1) => loadErrorCode(output, data, queryCompat ? [ "code", "header", "type" ] : [ "type", "code", "header" ]), 
        exports.loadRestJsonErrorCode = (output, data) => loadErrorCode(output, data, [ "header", "code", "type" ]), 
        exports.loadSmithyRpcV2JsonErrorCode = loadSmithyRpcV2JsonErrorCode, exports.parseJsonBody = parseJsonBody, 
        exports.parseJsonErrorBody = async (errorBody, context) => {
            const value = await parseJsonBody(errorBody, context);
            return value.message = value.message ?? value.Message, value;
        }, exports.requestBuilder = function(input, context) {
            return new RequestBuilder(input, context);
        }, exports.resolveHttpHandlerRuntimeConfig = httpHandlerExtensionConfiguration => ({
            requestHandler: httpHandlerExtensionConfiguration.httpHandler()
        }), exports.resolvedPath = resolvedPath;
    },
    3609: (__unused_webpack_module, exports, __webpack_require__) => {
        const {Readable: Readable} = __webpack_require__(7075), {NoOpLogger: NoOpLogger, normalizeProvider: normalizeProvider} = __webpack_require__(2658), {HttpResponse: HttpResponse, HttpRequest: HttpRequest} = __webpack_require__(3422), {parseRfc7231DateTime: parseRfc7231DateTime, v4: v4} = __webpack_require__(2430), {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __webpack_require__(5662), {hasOwn: hasOwn} = __webpack_require__(4534), isStreamingPayload = request => request?.body instanceof Readable || "undefined" != typeof ReadableStream && request?.body instanceof ReadableStream, CLOCK_SKEW_ERROR_CODES = [ "AccessDeniedException", "AuthFailure", "InvalidSignatureException", "RequestExpired", "RequestInTheFuture", "RequestTimeTooSkewed", "SignatureDoesNotMatch" ], THROTTLING_ERROR_CODES = [ "BandwidthLimitExceeded", "EC2ThrottledException", "LimitExceededException", "PriorRequestNotComplete", "ProvisionedThroughputExceededException", "RequestLimitExceeded", "RequestThrottled", "RequestThrottledException", "SlowDown", "ThrottledException", "Throttling", "ThrottlingException", "TooManyRequestsException", "TransactionInProgressException" ], TRANSIENT_ERROR_CODES = [ "TimeoutError", "RequestTimeout", "RequestTimeoutException" ], TRANSIENT_ERROR_STATUS_CODES = [ 500, 502, 503, 504 ], NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT" ], NODEJS_NETWORK_ERROR_CODES = [ "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN" ], isRetryableByTrait = error => void 0 !== error?.$retryable, isClockSkewError = error => CLOCK_SKEW_ERROR_CODES.includes(error.name), isClockSkewCorrectedError = error => error.$metadata?.clockSkewCorrected, isBrowserNetworkError = error => {
            const errorMessages = new Set([ "Failed to fetch", "NetworkError when attempting to fetch resource", "The Internet connection appears to be offline", "Load failed", "Network request failed" ]);
            return !!(error && error instanceof TypeError) && errorMessages.has(error.message);
        }, isThrottlingError = error => 429 === error.$metadata?.httpStatusCode || THROTTLING_ERROR_CODES.includes(error.name) || 1 == error.$retryable?.throttling, isTransientError = (error, depth = 0) => "AbortError" !== error?.name && (isRetryableByTrait(error) || isClockSkewCorrectedError(error) || "InvalidSignatureException" === error.name && error.message?.includes("Signature expired") || TRANSIENT_ERROR_CODES.includes(error.name) || NODEJS_TIMEOUT_ERROR_CODES.includes(error?.code || "") || NODEJS_NETWORK_ERROR_CODES.includes(error?.code || "") || TRANSIENT_ERROR_STATUS_CODES.includes(error.$metadata?.httpStatusCode || 0) || isBrowserNetworkError(error) || isNodeJsHttp2TransientError(error) || void 0 !== error.cause && depth <= 10 && isTransientError(error.cause, depth + 1)), isServerError = error => {
            if (void 0 !== error.$metadata?.httpStatusCode) {
                const statusCode = error.$metadata.httpStatusCode;
                return 500 <= statusCode && statusCode <= 599 && !isTransientError(error);
            }
            return !1;
        };
        function isNodeJsHttp2TransientError(error) {
            return "ERR_HTTP2_STREAM_ERROR" === error.code && error.message.includes("NGHTTP2_REFUSED_STREAM");
        }
        const race = (promise, signal) => {
            if (!signal) return promise;
            let cleanup = () => {};
            const aborted = new Promise((_, reject) => {
                const handler = () => reject(createAbortError(signal));
                signal.aborted ? handler() : "function" == typeof signal.addEventListener ? (signal.addEventListener("abort", handler, {
                    once: !0
                }), cleanup = () => signal.removeEventListener("abort", handler)) : signal.onabort = handler;
            });
            return Promise.race([ promise, aborted ]).finally(cleanup);
        }, createAbortError = signal => {
            const reason = signal.reason;
            return reason instanceof Error ? Object.assign(new Error("Request aborted"), {
                name: "AbortError",
                cause: reason
            }) : Object.assign(new Error(reason ? String(reason) : "Request aborted"), {
                name: "AbortError"
            });
        }, isAbortError = error => "object" == typeof error && null !== error && "name" in error && "AbortError" === error.name;
        function parseRetryAfterHeader(response, logger) {
            if (HttpResponse.isInstance(response)) for (const header in response.headers) {
                if (!hasOwn(response.headers, header)) continue;
                const h = header.toLowerCase();
                if ("retry-after" === h) {
                    const retryAfter = response.headers[header];
                    let retryAfterSeconds = NaN;
                    if (retryAfter.endsWith("GMT")) try {
                        retryAfterSeconds = (parseRfc7231DateTime(retryAfter).getTime() - Date.now()) / 1e3;
                    } catch (e) {
                        logger?.trace?.("Failed to parse retry-after header"), logger?.trace?.(e);
                    } else retryAfter.match(/ GMT, ((\d+)|(\d+\.\d+))$/) ? retryAfterSeconds = Number(retryAfter.match(/ GMT, ([\d.]+)$/)?.[1]) : retryAfter.match(/^((\d+)|(\d+\.\d+))$/) ? retryAfterSeconds = Number(retryAfter) : Date.parse(retryAfter) >= Date.now() && (retryAfterSeconds = (Date.parse(retryAfter) - Date.now()) / 1e3);
                    if (isNaN(retryAfterSeconds)) return;
                    return new Date(Date.now() + 1e3 * retryAfterSeconds);
                }
                if ("x-amz-retry-after" === h) {
                    const v = response.headers[header], backoffMilliseconds = Number(v);
                    return isNaN(backoffMilliseconds) ? void logger?.trace?.(`Failed to parse x-amz-retry-after=${v}`) : new Date(Date.now() + backoffMilliseconds);
                }
            }
        }
        const asSdkError = error => error instanceof Error ? error : error instanceof Object ? Object.assign(new Error, error) : "string" == typeof error ? new Error(error) : new Error(`AWS SDK error wrapper for ${error}`);
        function bindRetryMiddleware(isStreamingPayload) {
            return options => (next, context) => async args => {
                let retryStrategy = await options.retryStrategy();
                const maxAttempts = await options.maxAttempts(), abortSignal = context[SMITHY_CONTEXT_KEY]?.abortSignal;
                if (!isRetryStrategyV2(retryStrategy)) return retryStrategy?.mode && (context.userAgent = [ ...context.userAgent || [], [ "cfg/retry-mode", retryStrategy.mode ] ]), 
                retryStrategy.retry(next, args);
                {
                    const retryTokenScope = (context.partition_id ?? "") + (context.__retryLongPoll ? ":longpoll" : "");
                    let retryToken = await race(retryStrategy.acquireInitialRetryToken(retryTokenScope), abortSignal), lastError = new Error, attempts = 0, totalRetryDelay = 0;
                    const {request: request} = args, isRequest = HttpRequest.isInstance(request);
                    for (isRequest && (request.headers["amz-sdk-invocation-id"] = v4()); ;) try {
                        isRequest && (request.headers["amz-sdk-request"] = `attempt=${attempts + 1}; max=${maxAttempts}`);
                        const {response: response, output: output} = await next(args);
                        return retryStrategy.recordSuccess(retryToken), output.$metadata.attempts = attempts + 1, 
                        output.$metadata.totalRetryDelay = totalRetryDelay, {
                            response: response,
                            output: output
                        };
                    } catch (e) {
                        const retryErrorInfo = getRetryErrorInfo(e, options.logger);
                        if (lastError = asSdkError(e), isRequest && isStreamingPayload(request)) throw (context.logger instanceof NoOpLogger ? console : context.logger)?.warn("An error was encountered in a non-retryable streaming request."), 
                        lastError;
                        try {
                            if (abortSignal?.aborted) throw lastError;
                            retryToken = await race(retryStrategy.refreshRetryTokenForRetry(retryToken, retryErrorInfo), abortSignal);
                        } catch (refreshError) {
                            if (refreshError !== lastError && abortSignal?.aborted && isAbortError(refreshError)) throw refreshError;
                            throw lastError.$metadata || (lastError.$metadata = {}), lastError.$metadata.attempts = attempts + 1, 
                            lastError.$metadata.totalRetryDelay = totalRetryDelay, lastError;
                        }
                        attempts = retryToken.getRetryCount();
                        const delay = retryToken.getRetryDelay();
                        totalRetryDelay += (retryToken?.$retryLog?.acquisitionDelay ?? 0) + delay, delay > 0 && await race(new Promise(resolve => setTimeout(resolve, delay)), abortSignal);
                    }
                }
            };
        }
        const isRetryStrategyV2 = retryStrategy => void 0 !== retryStrategy.acquireInitialRetryToken && void 0 !== retryStrategy.refreshRetryTokenForRetry && void 0 !== retryStrategy.recordSuccess, getRetryErrorInfo = (error, logger) => {
            const errorInfo = {
                error: error,
                errorType: getRetryErrorType(error)
            }, retryAfterHint = parseRetryAfterHeader(error.$response, logger);
            return retryAfterHint && (errorInfo.retryAfterHint = retryAfterHint), errorInfo;
        }, getRetryErrorType = error => isThrottlingError(error) ? "THROTTLING" : isTransientError(error) ? "TRANSIENT" : isServerError(error) ? "SERVER_ERROR" : "CLIENT_ERROR", retryMiddlewareOptions = {
            name: "retryMiddleware",
            tags: [ "RETRY" ],
            step: "finalizeRequest",
            priority: "high",
            override: !0
        };
        class DefaultRateLimiter {
            static setTimeoutFn=(fn, delay) => setTimeout(fn, delay);
            beta;
            minCapacity;
            minFillRate;
            scaleConstant;
            smooth;
            enabled=!1;
            availableTokens=0;
            lastMaxRate=0;
            measuredTxRate=0;
            requestCount=0;
            fillRate;
            lastThrottleTime;
            lastTimestamp=0;
            lastTxRateBucket;
            maxCapacity;
            timeWindow=0;
            constructor(options) {
                this.beta = options?.beta ?? .7, this.minCapacity = options?.minCapacity ?? 1, this.minFillRate = options?.minFillRate ?? .5, 
                this.scaleConstant = options?.scaleConstant ?? .4, this.smooth = options?.smooth ?? .8, 
                this.lastThrottleTime = this.getCurrentTimeInSeconds(), this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds()), 
                this.fillRate = this.minFillRate, this.maxCapacity = this.minCapacity;
            }
            async getSendToken() {
                return this.acquireTokenBucket(1);
            }
            updateClientSendingRate(response) {
                let calculatedRate;
                this.updateMeasuredRate();
                const retryErrorInfo = response;
                if ("THROTTLING" === retryErrorInfo?.errorType || isThrottlingError(retryErrorInfo?.error ?? response)) {
                    const rateToUse = this.enabled ? Math.min(this.measuredTxRate, this.fillRate) : this.measuredTxRate;
                    this.lastMaxRate = rateToUse, this.calculateTimeWindow(), this.lastThrottleTime = this.getCurrentTimeInSeconds(), 
                    calculatedRate = this.cubicThrottle(rateToUse), this.enableTokenBucket();
                } else this.calculateTimeWindow(), calculatedRate = this.cubicSuccess(this.getCurrentTimeInSeconds());
                const newRate = Math.min(calculatedRate, 2 * this.measuredTxRate);
                this.updateTokenBucketRate(newRate);
            }
            getCurrentTimeInSeconds() {
                return Date.now() / 1e3;
            }
            async acquireTokenBucket(amount) {
                if (this.enabled) {
                    for (this.refillTokenBucket(); amount > this.availableTokens; ) {
                        const delay = (amount - this.availableTokens) / this.fillRate * 1e3;
                        await new Promise(resolve => DefaultRateLimiter.setTimeoutFn(resolve, delay)), this.refillTokenBucket();
                    }
                    this.availableTokens = this.availableTokens - amount;
                }
            }
            refillTokenBucket() {
                const timestamp = this.getCurrentTimeInSeconds();
                if (!this.lastTimestamp) return void (this.lastTimestamp = timestamp);
                const fillAmount = (timestamp - this.lastTimestamp) * this.fillRate;
                this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + fillAmount), 
                this.lastTimestamp = timestamp;
            }
            calculateTimeWindow() {
                this.timeWindow = this.getPrecise(Math.pow(this.lastMaxRate * (1 - this.beta) / this.scaleConstant, 1 / 3));
            }
            cubicThrottle(rateToUse) {
                return this.getPrecise(rateToUse * this.beta);
            }
            cubicSuccess(timestamp) {
                return this.getPrecise(this.scaleConstant * Math.pow(timestamp - this.lastThrottleTime - this.timeWindow, 3) + this.lastMaxRate);
            }
            enableTokenBucket() {
                this.enabled = !0;
            }
            updateTokenBucketRate(newRate) {
                this.refillTokenBucket(), this.fillRate = Math.max(newRate, this.minFillRate), this.maxCapacity = Math.max(newRate, this.minCapacity), 
                this.availableTokens = Math.min(this.availableTokens, this.maxCapacity);
            }
            updateMeasuredRate() {
                const t = this.getCurrentTimeInSeconds(), timeBucket = Math.floor(2 * t) / 2;
                if (this.requestCount++, timeBucket > this.lastTxRateBucket) {
                    const currentRate = this.requestCount / (timeBucket - this.lastTxRateBucket);
                    this.measuredTxRate = this.getPrecise(currentRate * this.smooth + this.measuredTxRate * (1 - this.smooth)), 
                    this.requestCount = 0, this.lastTxRateBucket = timeBucket;
                }
            }
            getPrecise(num) {
                return parseFloat(num.toFixed(8));
            }
        }
        class Retry {
            static v2026=!0;
            static delay() {
                return 50;
            }
            static throttlingDelay() {
                return 1e3;
            }
            static cost() {
                return 14;
            }
            static throttlingCost() {
                return 5;
            }
            static modifiedCostType() {
                return "THROTTLING";
            }
        }
        class DefaultRetryBackoffStrategy {
            x=Retry.delay();
            computeNextBackoffDelay(i) {
                const t_i = Math.random() * Math.min(this.x * 2 ** i, 2e4);
                return Math.floor(t_i);
            }
            setDelayBase(delay) {
                this.x = delay;
            }
        }
        class DefaultRetryToken {
            delay;
            count;
            cost;
            longPoll;
            $retryLog={
                acquisitionDelay: 0
            };
            constructor(delay, count, cost, longPoll) {
                this.delay = delay, this.count = count, this.cost = cost, this.longPoll = longPoll;
            }
            getRetryCount() {
                return this.count;
            }
            getRetryDelay() {
                return Math.min(2e4, this.delay);
            }
            getRetryCost() {
                return this.cost;
            }
            isLongPoll() {
                return this.longPoll;
            }
        }
        var RETRY_MODES;
        !function(RETRY_MODES) {
            RETRY_MODES.STANDARD = "standard", RETRY_MODES.ADAPTIVE = "adaptive";
        }(RETRY_MODES || (RETRY_MODES = {}));
        const DEFAULT_MAX_ATTEMPTS = 3, DEFAULT_RETRY_MODE = RETRY_MODES.STANDARD;
        let StandardRetryStrategy$1 = class {
            mode=RETRY_MODES.STANDARD;
            retryBackoffStrategy;
            capacity=500;
            maxAttemptsProvider;
            baseDelay;
            constructor(arg1) {
                "number" == typeof arg1 ? this.maxAttemptsProvider = async () => arg1 : "function" == typeof arg1 ? this.maxAttemptsProvider = arg1 : arg1 && "object" == typeof arg1 && (this.maxAttemptsProvider = async () => arg1.maxAttempts, 
                this.baseDelay = arg1.baseDelay, this.retryBackoffStrategy = arg1.backoff), this.maxAttemptsProvider ??= async () => DEFAULT_MAX_ATTEMPTS, 
                this.baseDelay ??= Retry.delay(), this.retryBackoffStrategy ??= new DefaultRetryBackoffStrategy;
            }
            async acquireInitialRetryToken(retryTokenScope) {
                return new DefaultRetryToken(Retry.delay(), 0, void 0, retryTokenScope.includes(":longpoll"));
            }
            async refreshRetryTokenForRetry(token, errorInfo) {
                const maxAttempts = await this.getMaxAttempts(), retryCode = this.retryCode(token, errorInfo, maxAttempts), shouldRetry = 0 === retryCode, isLongPoll = token.isLongPoll?.();
                if (shouldRetry || isLongPoll) {
                    const errorType = errorInfo.errorType;
                    this.retryBackoffStrategy.setDelayBase("THROTTLING" === errorType ? Retry.throttlingDelay() : this.baseDelay);
                    const delayFromErrorType = this.retryBackoffStrategy.computeNextBackoffDelay(token.getRetryCount());
                    let retryDelay = delayFromErrorType;
                    if (errorInfo.retryAfterHint instanceof Date && (retryDelay = Math.max(delayFromErrorType, Math.min(errorInfo.retryAfterHint.getTime() - Date.now(), delayFromErrorType + 5e3))), 
                    shouldRetry) {
                        const capacityCost = this.getCapacityCost(errorType);
                        this.capacity -= capacityCost;
                        const nextToken = new DefaultRetryToken(0, token.getRetryCount() + 1, capacityCost, token.isLongPoll?.() ?? !1);
                        return await new Promise(r => setTimeout(r, retryDelay)), nextToken.$retryLog.acquisitionDelay = retryDelay, 
                        nextToken;
                    }
                    {
                        const longPollBackoff = 3 === retryCode && isLongPoll ? retryDelay : 0;
                        longPollBackoff > 0 && await new Promise(r => setTimeout(r, longPollBackoff));
                    }
                }
                throw new Error("No retry token available");
            }
            recordSuccess(token) {
                this.capacity = Math.min(500, this.capacity + (token.getRetryCost() ?? 1));
            }
            getCapacity() {
                return this.capacity;
            }
            async maxAttempts() {
                return this.maxAttemptsProvider();
            }
            async getMaxAttempts() {
                try {
                    return await this.maxAttemptsProvider();
                } catch (ignored) {
                    return console.warn(`Max attempts provider could not resolve. Using default of ${DEFAULT_MAX_ATTEMPTS}`), 
                    DEFAULT_MAX_ATTEMPTS;
                }
            }
            retryCode(tokenToRenew, errorInfo, maxAttempts) {
                const attempts = tokenToRenew.getRetryCount() + 1, retryableStatus = this.isRetryableError(errorInfo.errorType) ? 0 : 1, attemptStatus = attempts < maxAttempts ? 0 : 2, capacityStatus = this.capacity >= this.getCapacityCost(errorInfo.errorType) ? 0 : 3;
                return retryableStatus || attemptStatus || capacityStatus;
            }
            getCapacityCost(errorType) {
                return errorType === Retry.modifiedCostType() ? Retry.throttlingCost() : Retry.cost();
            }
            isRetryableError(errorType) {
                return "THROTTLING" === errorType || "TRANSIENT" === errorType;
            }
        }, AdaptiveRetryStrategy$1 = class {
            mode=RETRY_MODES.ADAPTIVE;
            rateLimiter;
            standardRetryStrategy;
            constructor(maxAttemptsProvider, options) {
                const {rateLimiter: rateLimiter} = options ?? {};
                this.rateLimiter = rateLimiter ?? new DefaultRateLimiter, this.standardRetryStrategy = new StandardRetryStrategy$1(options ? {
                    maxAttempts: "number" == typeof maxAttemptsProvider ? maxAttemptsProvider : 3,
                    ...options
                } : maxAttemptsProvider);
            }
            async acquireInitialRetryToken(retryTokenScope) {
                const token = await this.standardRetryStrategy.acquireInitialRetryToken(retryTokenScope);
                return await this.rateLimiter.getSendToken(), token;
            }
            async refreshRetryTokenForRetry(tokenToRenew, errorInfo) {
                this.rateLimiter.updateClientSendingRate(errorInfo);
                const token = await this.standardRetryStrategy.refreshRetryTokenForRetry(tokenToRenew, errorInfo);
                return await this.rateLimiter.getSendToken(), token;
            }
            recordSuccess(token) {
                this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(token);
            }
            async maxAttemptsProvider() {
                return this.standardRetryStrategy.maxAttempts();
            }
        };
        const defaultDelayDecider = (delayBase, attempts) => Math.floor(Math.min(2e4, Math.random() * 2 ** attempts * delayBase)), defaultRetryDecider = error => !!error && (isRetryableByTrait(error) || isClockSkewError(error) || isThrottlingError(error) || isTransientError(error));
        class StandardRetryStrategy {
            maxAttemptsProvider;
            retryDecider;
            delayDecider;
            retryQuota;
            mode=RETRY_MODES.STANDARD;
            constructor(maxAttemptsProvider, options) {
                this.maxAttemptsProvider = maxAttemptsProvider, this.retryDecider = options?.retryDecider ?? defaultRetryDecider, 
                this.delayDecider = options?.delayDecider ?? defaultDelayDecider, this.retryQuota = options?.retryQuota ?? (() => {
                    let availableCapacity = 500;
                    const getCapacityAmount = error => "TimeoutError" === error.name ? 10 : 5, hasRetryTokens = error => getCapacityAmount(error) <= availableCapacity;
                    return Object.freeze({
                        hasRetryTokens: hasRetryTokens,
                        retrieveRetryTokens: error => {
                            if (!hasRetryTokens(error)) throw new Error("No retry token available");
                            const capacityAmount = getCapacityAmount(error);
                            return availableCapacity -= capacityAmount, capacityAmount;
                        },
                        releaseRetryTokens: capacityReleaseAmount => {
                            availableCapacity += capacityReleaseAmount ?? 1, availableCapacity = Math.min(availableCapacity, 500);
                        }
                    });
                })();
            }
            shouldRetry(error, attempts, maxAttempts) {
                return attempts < maxAttempts && this.retryDecider(error) && this.retryQuota.hasRetryTokens(error);
            }
            async getMaxAttempts() {
                let maxAttempts;
                try {
                    maxAttempts = await this.maxAttemptsProvider();
                } catch (ignored) {
                    maxAttempts = DEFAULT_MAX_ATTEMPTS;
                }
                return maxAttempts;
            }
            async retry(next, args, options) {
                let retryTokenAmount, attempts = 0, totalDelay = 0;
                const maxAttempts = await this.getMaxAttempts(), {request: request} = args;
                for (HttpRequest.isInstance(request) && (request.headers["amz-sdk-invocation-id"] = v4()); ;) try {
                    HttpRequest.isInstance(request) && (request.headers["amz-sdk-request"] = `attempt=${attempts + 1}; max=${maxAttempts}`), 
                    options?.beforeRequest && await options.beforeRequest();
                    const {response: response, output: output} = await next(args);
                    return options?.afterRequest && options.afterRequest(response), this.retryQuota.releaseRetryTokens(retryTokenAmount), 
                    output.$metadata.attempts = attempts + 1, output.$metadata.totalRetryDelay = totalDelay, 
                    {
                        response: response,
                        output: output
                    };
                } catch (e) {
                    const err = asSdkError(e);
                    if (attempts++, this.shouldRetry(err, attempts, maxAttempts)) {
                        retryTokenAmount = this.retryQuota.retrieveRetryTokens(err);
                        const delayFromDecider = this.delayDecider(isThrottlingError(err) ? 500 : 100, attempts), delayFromResponse = getDelayFromRetryAfterHeader(err.$response), delay = Math.max(delayFromResponse || 0, delayFromDecider);
                        totalDelay += delay, await new Promise(resolve => setTimeout(resolve, delay));
                        continue;
                    }
                    throw err.$metadata || (err.$metadata = {}), err.$metadata.attempts = attempts, 
                    err.$metadata.totalRetryDelay = totalDelay, err;
                }
            }
        }
        const getDelayFromRetryAfterHeader = response => {
            if (!HttpResponse.isInstance(response)) return;
            const retryAfterHeaderName = Object.keys(response.headers).find(key => "retry-after" === key.toLowerCase());
            if (!retryAfterHeaderName) return;
            const retryAfter = response.headers[retryAfterHeaderName], retryAfterSeconds = Number(retryAfter);
            if (!Number.isNaN(retryAfterSeconds)) return Math.min(1e3 * retryAfterSeconds, 2e4);
            const retryAfterDate = new Date(retryAfter);
            return Math.min(retryAfterDate.getTime() - Date.now(), 2e4);
        }, NODE_MAX_ATTEMPT_CONFIG_OPTIONS = {
            environmentVariableSelector: env => {
                const value = env.AWS_MAX_ATTEMPTS;
                if (!value) return;
                const maxAttempt = parseInt(value);
                if (Number.isNaN(maxAttempt)) throw new Error(`Environment variable AWS_MAX_ATTEMPTS mast be a number, got "${value}"`);
                return maxAttempt;
            },
            configFileSelector: profile => {
                const value = profile.max_attempts;
                if (!value) return;
                const maxAttempt = parseInt(value);
                if (Number.isNaN(maxAttempt)) throw new Error(`Shared config file entry max_attempts mast be a number, got "${value}"`);
                return maxAttempt;
            },
            default: DEFAULT_MAX_ATTEMPTS
        }, NODE_RETRY_MODE_CONFIG_OPTIONS = {
            environmentVariableSelector: env => env.AWS_RETRY_MODE,
            configFileSelector: profile => profile.retry_mode,
            default: DEFAULT_RETRY_MODE
        }, omitRetryHeadersMiddleware = () => next => async args => {
            const {request: request} = args;
            return HttpRequest.isInstance(request) && (delete request.headers["amz-sdk-invocation-id"], 
            delete request.headers["amz-sdk-request"]), next(args);
        }, omitRetryHeadersMiddlewareOptions = {
            name: "omitRetryHeadersMiddleware",
            tags: [ "RETRY", "HEADERS", "OMIT_RETRY_HEADERS" ],
            relation: "before",
            toMiddleware: "awsAuthMiddleware",
            override: !0
        }, retryMiddleware = bindRetryMiddleware(isStreamingPayload), getRetryPlugin = function(isStreamingPayload) {
            const retryMiddleware = bindRetryMiddleware(isStreamingPayload);
            return options => ({
                applyToStack: clientStack => {
                    clientStack.add(retryMiddleware(options), retryMiddlewareOptions);
                }
            });
        }(isStreamingPayload);
        exports.AdaptiveRetryStrategy = AdaptiveRetryStrategy$1, exports.CONFIG_MAX_ATTEMPTS = "max_attempts", 
        exports.CONFIG_RETRY_MODE = "retry_mode", exports.ConfiguredRetryStrategy = class extends StandardRetryStrategy$1 {
            computeNextBackoffDelay;
            constructor(maxAttempts, computeNextBackoffDelay = Retry.delay()) {
                super("function" == typeof maxAttempts ? maxAttempts : async () => maxAttempts), 
                this.computeNextBackoffDelay = "number" == typeof computeNextBackoffDelay ? () => computeNextBackoffDelay : computeNextBackoffDelay, 
                this.retryBackoffStrategy.computeNextBackoffDelay = completedAttempt => {
                    const nextAttempt = completedAttempt + 1;
                    return this.computeNextBackoffDelay(nextAttempt);
                };
            }
        }, exports.DEFAULT_MAX_ATTEMPTS = DEFAULT_MAX_ATTEMPTS, exports.DEFAULT_RETRY_DELAY_BASE = 100, 
        exports.DEFAULT_RETRY_MODE = DEFAULT_RETRY_MODE, exports.DefaultRateLimiter = DefaultRateLimiter, 
        exports.DeprecatedAdaptiveRetryStrategy = class extends StandardRetryStrategy {
            rateLimiter;
            constructor(maxAttemptsProvider, options) {
                const {rateLimiter: rateLimiter, ...superOptions} = options ?? {};
                super(maxAttemptsProvider, superOptions), this.rateLimiter = rateLimiter ?? new DefaultRateLimiter, 
                this.mode = RETRY_MODES.ADAPTIVE;
            }
            async retry(next, args) {
                return super.retry(next, args, {
                    beforeRequest: async () => this.rateLimiter.getSendToken(),
                    afterRequest: response => {
                        this.rateLimiter.updateClientSendingRate(response);
                    }
                });
            }
        }, exports.DeprecatedStandardRetryStrategy = StandardRetryStrategy, exports.ENV_MAX_ATTEMPTS = "AWS_MAX_ATTEMPTS", 
        exports.ENV_RETRY_MODE = "AWS_RETRY_MODE", exports.INITIAL_RETRY_TOKENS = 500, exports.INVOCATION_ID_HEADER = "amz-sdk-invocation-id", 
        exports.MAXIMUM_RETRY_DELAY = 2e4, exports.NODE_MAX_ATTEMPT_CONFIG_OPTIONS = NODE_MAX_ATTEMPT_CONFIG_OPTIONS, 
        exports.NODE_RETRY_MODE_CONFIG_OPTIONS = NODE_RETRY_MODE_CONFIG_OPTIONS, exports.NO_RETRY_INCREMENT = 1, 
        exports.REQUEST_HEADER = "amz-sdk-request", exports.RETRY_COST = 5, exports.RETRY_MODES = RETRY_MODES, 
        exports.Retry = Retry, exports.StandardRetryStrategy = StandardRetryStrategy$1, 
        exports.THROTTLING_RETRY_DELAY_BASE = 500, exports.TIMEOUT_RETRY_COST = 10, exports.defaultDelayDecider = defaultDelayDecider, 
        exports.defaultRetryDecider = defaultRetryDecider, exports.getOmitRetryHeadersPlugin = options => ({
            applyToStack: clientStack => {
                clientStack.addRelativeTo(omitRetryHeadersMiddleware(), omitRetryHeadersMiddlewareOptions);
            }
        }), exports.getRetryAfterHint = function(response, logger) {
            return parseRetryAfterHeader(response, logger);
        }, exports.getRetryPlugin = getRetryPlugin, exports.isBrowserNetworkError = isBrowserNetworkError, 
        exports.isClockSkewCorrectedError = isClockSkewCorrectedError, exports.isClockSkewError = isClockSkewError, 
        exports.isNodeJsHttp2TransientError = isNodeJsHttp2TransientError, exports.isRetryableByTrait = isRetryableByTrait, 
        exports.isServerError = isServerError, exports.isThrottlingError = isThrottlingError, 
        exports.isTransientError = isTransientError, exports.omitRetryHeadersMiddleware = omitRetryHeadersMiddleware, 
        exports.omitRetryHeadersMiddlewareOptions = omitRetryHeadersMiddlewareOptions, exports.resolveRetryConfig = (input, defaults) => {
            const {retryStrategy: retryStrategy, retryMode: retryMode} = input, {defaultMaxAttempts: defaultMaxAttempts = DEFAULT_MAX_ATTEMPTS, defaultBaseDelay: defaultBaseDelay = Retry.delay()} = defaults ?? {}, maxAttemptsProvider = normalizeProvider(input.maxAttempts ?? defaultMaxAttempts);
            let controller = retryStrategy ? Promise.resolve(retryStrategy) : void 0;
            return Object.assign(input, {
                maxAttempts: maxAttemptsProvider,
                retryStrategy: () => controller ??= (async () => {
                    const maxAttempts = await maxAttemptsProvider();
                    return await normalizeProvider(retryMode)() === RETRY_MODES.ADAPTIVE ? new AdaptiveRetryStrategy$1(maxAttemptsProvider, {
                        maxAttempts: maxAttempts,
                        baseDelay: defaultBaseDelay
                    }) : new StandardRetryStrategy$1({
                        maxAttempts: maxAttempts,
                        baseDelay: defaultBaseDelay
                    });
                })()
            });
        }, exports.retryMiddleware = retryMiddleware, exports.retryMiddlewareOptions = retryMiddlewareOptions;
    },
    6890: (__unused_webpack_module, exports, __webpack_require__) => {
        const {getSmithyContext: getSmithyContext, HttpResponse: HttpResponse, toEndpointV1: toEndpointV1} = __webpack_require__(4534), deref = schemaRef => "function" == typeof schemaRef ? schemaRef() : schemaRef, operation = (namespace, name, traits, input, output) => ({
            name: name,
            namespace: namespace,
            traits: traits,
            input: input,
            output: output
        }), findHeader = (pattern, headers) => (headers.find(([k]) => k.match(pattern)) || [ void 0, void 0 ])[1], deserializerMiddlewareOption = {
            name: "deserializerMiddleware",
            step: "deserialize",
            tags: [ "DESERIALIZER" ],
            override: !0
        }, serializerMiddlewareOption = {
            name: "serializerMiddleware",
            step: "serialize",
            tags: [ "SERIALIZER" ],
            override: !0
        };
        class Schema {
            name;
            namespace;
            traits;
            static assign(instance, values) {
                return Object.assign(instance, values);
            }
            static [Symbol.hasInstance](lhs) {
                const isPrototype = this.prototype.isPrototypeOf(lhs);
                return isPrototype || "object" != typeof lhs || null === lhs ? isPrototype : lhs.symbol === this.symbol;
            }
            getName() {
                return this.namespace + "#" + this.name;
            }
        }
        class ListSchema extends Schema {
            static symbol=Symbol.for("@smithy/lis");
            valueSchema;
            symbol=ListSchema.symbol;
        }
        class MapSchema extends Schema {
            static symbol=Symbol.for("@smithy/map");
            keySchema;
            valueSchema;
            symbol=MapSchema.symbol;
        }
        class OperationSchema extends Schema {
            static symbol=Symbol.for("@smithy/ope");
            input;
            output;
            symbol=OperationSchema.symbol;
        }
        class StructureSchema extends Schema {
            static symbol=Symbol.for("@smithy/str");
            memberNames;
            memberList;
            symbol=StructureSchema.symbol;
        }
        class ErrorSchema extends StructureSchema {
            static symbol=Symbol.for("@smithy/err");
            ctor;
            symbol=ErrorSchema.symbol;
        }
        const traitsCache = [];
        function translateTraits(indicator) {
            if ("object" == typeof indicator) return indicator;
            if (traitsCache[indicator |= 0]) return traitsCache[indicator];
            const traits = {};
            let i = 0;
            for (const trait of [ "httpLabel", "idempotent", "idempotencyToken", "sensitive", "httpPayload", "httpResponseCode", "httpQueryParams" ]) 1 == (indicator >> i++ & 1) && (traits[trait] = 1);
            return traitsCache[indicator] = traits;
        }
        const anno_it = Symbol.for("@smithy/nor-struct-it"), anno_ns = Symbol.for("@smithy/ns"), simpleSchemaCacheN = [], simpleSchemaCacheS = {};
        class NormalizedSchema {
            ref;
            memberName;
            static symbol=Symbol.for("@smithy/nor");
            symbol=NormalizedSchema.symbol;
            name;
            schema;
            _isMemberSchema;
            traits;
            memberTraits;
            normalizedTraits;
            constructor(ref, memberName) {
                this.ref = ref, this.memberName = memberName;
                const traitStack = [];
                let _ref = ref, schema = ref;
                for (this._isMemberSchema = !1; isMemberSchema(_ref); ) traitStack.push(_ref[1]), 
                _ref = _ref[0], schema = deref(_ref), this._isMemberSchema = !0;
                if (traitStack.length > 0) {
                    this.memberTraits = {};
                    for (let i = traitStack.length - 1; i >= 0; --i) {
                        const traitSet = traitStack[i];
                        Object.assign(this.memberTraits, translateTraits(traitSet));
                    }
                } else this.memberTraits = 0;
                if (schema instanceof NormalizedSchema) {
                    const computedMemberTraits = this.memberTraits;
                    return Object.assign(this, schema), this.memberTraits = Object.assign({}, computedMemberTraits, schema.getMemberTraits(), this.getMemberTraits()), 
                    this.normalizedTraits = void 0, void (this.memberName = memberName ?? schema.memberName);
                }
                if (this.schema = deref(schema), isStaticSchema(this.schema) ? (this.name = `${this.schema[1]}#${this.schema[2]}`, 
                this.traits = this.schema[3]) : (this.name = this.memberName ?? String(schema), 
                this.traits = 0), this._isMemberSchema && !memberName) throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`);
            }
            static [Symbol.hasInstance](lhs) {
                const isPrototype = this.prototype.isPrototypeOf(lhs);
                return isPrototype || "object" != typeof lhs || null === lhs ? isPrototype : lhs.symbol === this.symbol;
            }
            static of(ref) {
                const keyAble = "function" == typeof ref || "object" == typeof ref && null !== ref;
                if ("number" == typeof ref) {
                    if (simpleSchemaCacheN[ref]) return simpleSchemaCacheN[ref];
                } else if ("string" == typeof ref) {
                    if (simpleSchemaCacheS[ref]) return simpleSchemaCacheS[ref];
                } else if (keyAble && ref[anno_ns]) return ref[anno_ns];
                const sc = deref(ref);
                if (sc instanceof NormalizedSchema) return sc;
                if (isMemberSchema(sc)) {
                    const [ns, traits] = sc;
                    if (ns instanceof NormalizedSchema) return Object.assign(ns.getMergedTraits(), translateTraits(traits)), 
                    ns;
                    throw new Error(`@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(ref, null, 2)}.`);
                }
                const ns = new NormalizedSchema(sc);
                return keyAble ? ref[anno_ns] = ns : "string" == typeof sc ? simpleSchemaCacheS[sc] = ns : "number" == typeof sc ? simpleSchemaCacheN[sc] = ns : ns;
            }
            getSchema() {
                const sc = this.schema;
                return Array.isArray(sc) && 0 === sc[0] ? sc[4] : sc;
            }
            getName(withNamespace = !1) {
                const {name: name} = this;
                return !withNamespace && name && name.includes("#") ? name.split("#")[1] : name || void 0;
            }
            getMemberName() {
                return this.memberName;
            }
            isMemberSchema() {
                return this._isMemberSchema;
            }
            isListSchema() {
                const sc = this.getSchema();
                return "number" == typeof sc ? sc >= 64 && sc < 128 : 1 === sc[0];
            }
            isMapSchema() {
                const sc = this.getSchema();
                return "number" == typeof sc ? sc >= 128 && sc <= 255 : 2 === sc[0];
            }
            isStructSchema() {
                const sc = this.getSchema();
                if ("object" != typeof sc) return !1;
                const id = sc[0];
                return 3 === id || -3 === id || 4 === id;
            }
            isUnionSchema() {
                const sc = this.getSchema();
                return "object" == typeof sc && 4 === sc[0];
            }
            isBlobSchema() {
                const sc = this.getSchema();
                return 21 === sc || 42 === sc;
            }
            isTimestampSchema() {
                const sc = this.getSchema();
                return "number" == typeof sc && sc >= 4 && sc <= 7;
            }
            isUnitSchema() {
                return "unit" === this.getSchema();
            }
            isDocumentSchema() {
                return 15 === this.getSchema();
            }
            isStringSchema() {
                return 0 === this.getSchema();
            }
            isBooleanSchema() {
                return 2 === this.getSchema();
            }
            isNumericSchema() {
                return 1 === this.getSchema();
            }
            isBigIntegerSchema() {
                return 17 === this.getSchema();
            }
            isBigDecimalSchema() {
                return 19 === this.getSchema();
            }
            isStreaming() {
                const {streaming: streaming} = this.getMergedTraits();
                return !!streaming || 42 === this.getSchema();
            }
            isIdempotencyToken() {
                return !!this.getMergedTraits().idempotencyToken;
            }
            getMergedTraits() {
                return this.normalizedTraits ?? (this.normalizedTraits = {
                    ...this.getOwnTraits(),
                    ...this.getMemberTraits()
                });
            }
            getMemberTraits() {
                return translateTraits(this.memberTraits);
            }
            getOwnTraits() {
                return translateTraits(this.traits);
            }
            getKeySchema() {
                const [isDoc, isMap] = [ this.isDocumentSchema(), this.isMapSchema() ];
                if (!isDoc && !isMap) throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);
                const schema = this.getSchema();
                return member([ isDoc ? 15 : schema[4] ?? 0, 0 ], "key");
            }
            getValueSchema() {
                const sc = this.getSchema(), [isDoc, isMap, isList] = [ this.isDocumentSchema(), this.isMapSchema(), this.isListSchema() ], memberSchema = "number" == typeof sc ? 63 & sc : sc && "object" == typeof sc && (isMap || isList) ? sc[3 + sc[0]] : isDoc ? 15 : void 0;
                if (null != memberSchema) return member([ memberSchema, 0 ], isMap ? "value" : "member");
                throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
            }
            getMemberSchema(memberName) {
                const struct = this.getSchema();
                if (this.isStructSchema() && struct[4].includes(memberName)) {
                    const i = struct[4].indexOf(memberName), memberSchema = struct[5][i];
                    return member(isMemberSchema(memberSchema) ? memberSchema : [ memberSchema, 0 ], memberName);
                }
                if (this.isDocumentSchema()) return member([ 15, 0 ], memberName);
                throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${memberName}.`);
            }
            getMemberSchemas() {
                const buffer = {};
                try {
                    for (const [k, v] of this.structIterator()) buffer[k] = v;
                } catch (ignored) {}
                return buffer;
            }
            getEventStreamMember() {
                if (this.isStructSchema()) for (const [memberName, memberSchema] of this.structIterator()) if (memberSchema.isStreaming() && memberSchema.isStructSchema()) return memberName;
                return "";
            }
            * structIterator() {
                if (this.isUnitSchema()) return;
                if (!this.isStructSchema()) throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");
                const struct = this.getSchema(), z = struct[4].length;
                let it = struct[anno_it];
                if (it && z === it.length) yield* it; else {
                    it = Array(z);
                    for (let i = 0; i < z; ++i) {
                        const k = struct[4][i], v = member([ struct[5][i], 0 ], k);
                        yield it[i] = [ k, v ];
                    }
                    struct[anno_it] = it;
                }
            }
        }
        function member(memberSchema, memberName) {
            return memberSchema instanceof NormalizedSchema ? Object.assign(memberSchema, {
                memberName: memberName,
                _isMemberSchema: !0
            }) : new NormalizedSchema(memberSchema, memberName);
        }
        const isMemberSchema = sc => Array.isArray(sc) && 2 === sc.length, isStaticSchema = sc => Array.isArray(sc) && sc.length >= 5;
        class SimpleSchema extends Schema {
            static symbol=Symbol.for("@smithy/sim");
            schemaRef;
            symbol=SimpleSchema.symbol;
        }
        class TypeRegistry {
            namespace;
            schemas;
            exceptions;
            static registries=new Map;
            constructor(namespace, schemas = new Map, exceptions = new Map) {
                this.namespace = namespace, this.schemas = schemas, this.exceptions = exceptions, 
                TypeRegistry.registries.has(namespace) || TypeRegistry.registries.set(namespace, this);
            }
            static for(namespace) {
                return TypeRegistry.registries.get(namespace) ?? new TypeRegistry(namespace);
            }
            copyFrom(other) {
                const {schemas: schemas, exceptions: exceptions} = this;
                for (const [k, v] of other.schemas) schemas.has(k) || schemas.set(k, v);
                for (const [k, v] of other.exceptions) exceptions.has(k) || exceptions.set(k, v);
            }
            register(shapeId, schema) {
                const qualifiedName = this.normalizeShapeId(shapeId);
                for (const r of [ this, TypeRegistry.for(qualifiedName.split("#")[0]) ]) r.schemas.has(qualifiedName) || r.schemas.set(qualifiedName, schema);
            }
            getSchema(shapeId) {
                const id = this.normalizeShapeId(shapeId);
                if (!this.schemas.has(id)) {
                    if (!shapeId.includes("#")) {
                        const suffix = "#" + shapeId, candidates = [];
                        for (const [shapeId, schema] of this.schemas.entries()) shapeId.endsWith(suffix) && candidates.push(schema);
                        if (1 === candidates.length) return candidates[0];
                    }
                    throw new Error(`@smithy/core/schema - schema not found for ${id}`);
                }
                return this.schemas.get(id);
            }
            registerError(es, ctor) {
                const $error = es, ns = $error[1], qualifiedName = ns + "#" + $error[2];
                ctor.hasOwnProperty?.("shapeId") || (ctor.shapeId = qualifiedName);
                for (const r of [ this, TypeRegistry.for(ns) ]) r.schemas.has(qualifiedName) || r.exceptions.has($error) || (r.schemas.set(qualifiedName, $error), 
                r.exceptions.set($error, ctor));
            }
            getErrorCtor(es) {
                const $error = es;
                return this.exceptions.has($error) ? this.exceptions.get($error) : TypeRegistry.for($error[1]).exceptions.get($error);
            }
            getBaseException() {
                for (const exceptionKey of this.exceptions.keys()) if (Array.isArray(exceptionKey)) {
                    const [, ns, name] = exceptionKey, id = ns + "#" + name;
                    if (id.startsWith("smithy.ts.sdk.synthetic.") && id.endsWith("ServiceException")) return exceptionKey;
                }
            }
            find(predicate) {
                for (const schema of this.schemas.values()) if (predicate(schema)) return schema;
            }
            clear() {
                this.schemas.clear(), this.exceptions.clear();
            }
            normalizeShapeId(shapeId) {
                return shapeId.includes("#") ? shapeId : this.namespace + "#" + shapeId;
            }
        }
        exports.ErrorSchema = ErrorSchema, exports.ListSchema = ListSchema, exports.MapSchema = MapSchema, 
        exports.NormalizedSchema = NormalizedSchema, exports.OperationSchema = OperationSchema, 
        exports.SCHEMA = {
            BLOB: 21,
            STREAMING_BLOB: 42,
            BOOLEAN: 2,
            STRING: 0,
            NUMERIC: 1,
            BIG_INTEGER: 17,
            BIG_DECIMAL: 19,
            DOCUMENT: 15,
            TIMESTAMP_DEFAULT: 4,
            TIMESTAMP_DATE_TIME: 5,
            TIMESTAMP_HTTP_DATE: 6,
            TIMESTAMP_EPOCH_SECONDS: 7,
            LIST_MODIFIER: 64,
            MAP_MODIFIER: 128
        }, exports.Schema = Schema, exports.SimpleSchema = SimpleSchema, exports.StructureSchema = StructureSchema, 
        exports.TypeRegistry = TypeRegistry, exports.deref = deref, exports.deserializerMiddlewareOption = deserializerMiddlewareOption, 
        exports.error = (namespace, name, traits, memberNames, memberList, _ctor) => Schema.assign(new ErrorSchema, {
            name: name,
            namespace: namespace,
            traits: traits,
            memberNames: memberNames,
            memberList: memberList,
            ctor: null
        }), exports.getSchemaSerdePlugin = function(config) {
            return {
                applyToStack: commandStack => {
                    commandStack.add((config => (next, context) => async args => {
                        const {operationSchema: operationSchema} = getSmithyContext(context), [, ns, n, t, i, o] = operationSchema ?? [], endpoint = context.endpointV2 ? async () => toEndpointV1(context.endpointV2) : config.endpoint, request = await config.protocol.serializeRequest(operation(ns, n, t, i, o), args.input, {
                            ...config,
                            ...context,
                            endpoint: endpoint
                        });
                        return next({
                            ...args,
                            request: request
                        });
                    })(config), serializerMiddlewareOption), commandStack.add((config => (next, context) => async args => {
                        const {response: response} = await next(args), {operationSchema: operationSchema} = getSmithyContext(context), [, ns, n, t, i, o] = operationSchema ?? [];
                        try {
                            return {
                                response: response,
                                output: await config.protocol.deserializeResponse(operation(ns, n, t, i, o), {
                                    ...config,
                                    ...context
                                }, response)
                            };
                        } catch (error) {
                            if (Object.defineProperty(error, "$response", {
                                value: response,
                                enumerable: !1,
                                writable: !1,
                                configurable: !1
                            }), !("$metadata" in error)) {
                                const hint = "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
                                try {
                                    error.message += "\n  " + hint;
                                } catch (ignored) {
                                    context.logger && "NoOpLogger" !== context.logger?.constructor?.name ? context.logger?.warn?.(hint) : console.warn(hint);
                                }
                                void 0 !== error.$responseBodyText && error.$response && (error.$response.body = error.$responseBodyText);
                                try {
                                    if (HttpResponse.isInstance(response)) {
                                        const {headers: headers = {}, statusCode: statusCode} = response, headerEntries = Object.entries(headers);
                                        error.$metadata = {
                                            httpStatusCode: statusCode,
                                            requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                                            extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                                            cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
                                        };
                                    }
                                } catch (ignored) {}
                            }
                            throw error;
                        }
                    })(config), deserializerMiddlewareOption), config.protocol.setSerdeContext(config);
                }
            };
        }, exports.isStaticSchema = isStaticSchema, exports.list = (namespace, name, traits, valueSchema) => Schema.assign(new ListSchema, {
            name: name,
            namespace: namespace,
            traits: traits,
            valueSchema: valueSchema
        }), exports.map = (namespace, name, traits, keySchema, valueSchema) => Schema.assign(new MapSchema, {
            name: name,
            namespace: namespace,
            traits: traits,
            keySchema: keySchema,
            valueSchema: valueSchema
        }), exports.op = (namespace, name, traits, input, output) => Schema.assign(new OperationSchema, {
            name: name,
            namespace: namespace,
            traits: traits,
            input: input,
            output: output
        }), exports.operation = operation, exports.serializerMiddlewareOption = serializerMiddlewareOption, 
        exports.sim = (namespace, name, schemaRef, traits) => Schema.assign(new SimpleSchema, {
            name: name,
            namespace: namespace,
            traits: traits,
            schemaRef: schemaRef
        }), exports.simAdapter = (namespace, name, traits, schemaRef) => Schema.assign(new SimpleSchema, {
            name: name,
            namespace: namespace,
            traits: traits,
            schemaRef: schemaRef
        }), exports.simpleSchemaCacheN = simpleSchemaCacheN, exports.simpleSchemaCacheS = simpleSchemaCacheS, 
        exports.struct = (namespace, name, traits, memberNames, memberList) => Schema.assign(new StructureSchema, {
            name: name,
            namespace: namespace,
            traits: traits,
            memberNames: memberNames,
            memberList: memberList
        }), exports.traitsCache = traitsCache, exports.translateTraits = translateTraits;
    },
    2430: (__unused_webpack_module, exports, __webpack_require__) => {
        const {createHmac: createHmac, createHash: createHash, getRandomValues: getRandomValues} = __webpack_require__(7598), {hasOwn: hasOwn, HttpResponse: HttpResponse} = __webpack_require__(4534);
        exports.hasOwn = hasOwn;
        const {ReadStream: ReadStream, lstatSync: lstatSync, fstatSync: fstatSync} = __webpack_require__(3024), {toEndpointV1: toEndpointV1} = __webpack_require__(2085), {Readable: Readable, Writable: Writable, PassThrough: PassThrough} = __webpack_require__(7075), isArrayBuffer = arg => "function" == typeof ArrayBuffer && arg instanceof ArrayBuffer || "[object ArrayBuffer]" === Object.prototype.toString.call(arg), fromArrayBuffer = (input, offset = 0, length = input.byteLength - offset) => {
            if (!isArrayBuffer(input)) throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof input} (${input})`);
            return Buffer.from(input, offset, length);
        }, fromString = (input, encoding) => {
            if ("string" != typeof input) throw new TypeError(`The "input" argument must be of type string. Received type ${typeof input} (${input})`);
            return encoding ? Buffer.from(input, encoding) : Buffer.from(input);
        }, BASE64_REGEX = /^[A-Za-z0-9+/]*={0,2}$/, fromBase64 = input => {
            if (3 * input.length % 4 != 0) throw new TypeError("Incorrect padding on base64 string.");
            if (!BASE64_REGEX.exec(input)) throw new TypeError("Invalid base64 string.");
            const buffer = fromString(input, "base64");
            return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
        }, fromUtf8$1 = input => {
            const buf = fromString(input, "utf8");
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength / Uint8Array.BYTES_PER_ELEMENT);
        }, toBase64$1 = _input => {
            let input;
            if (input = "string" == typeof _input ? fromUtf8$1(_input) : _input, "object" != typeof input || "number" != typeof input.byteOffset || "number" != typeof input.byteLength) throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
            return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("base64");
        }, toUtf8$1 = input => {
            if ("string" == typeof input) return input;
            if ("object" != typeof input || "number" != typeof input.byteOffset || "number" != typeof input.byteLength) throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
            return fromArrayBuffer(input.buffer, input.byteOffset, input.byteLength).toString("utf8");
        }, decimalToHex = Array.from({
            length: 256
        }, (_, i) => i.toString(16).padStart(2, "0")), expectNumber = value => {
            if (null != value) {
                if ("string" == typeof value) {
                    const parsed = parseFloat(value);
                    if (!Number.isNaN(parsed)) return String(parsed) !== String(value) && logger.warn(stackTraceWarning(`Expected number but observed string: ${value}`)), 
                    parsed;
                }
                if ("number" == typeof value) return value;
                throw new TypeError(`Expected number, got ${typeof value}: ${value}`);
            }
        }, MAX_FLOAT = Math.ceil(2 ** 127 * (2 - 2 ** -23)), expectFloat32 = value => {
            const expected = expectNumber(value);
            if (void 0 !== expected && !Number.isNaN(expected) && expected !== 1 / 0 && expected !== -1 / 0 && Math.abs(expected) > MAX_FLOAT) throw new TypeError(`Expected 32-bit float, got ${value}`);
            return expected;
        }, expectLong = value => {
            if (null != value) {
                if (Number.isInteger(value) && !Number.isNaN(value)) return value;
                throw new TypeError(`Expected integer, got ${typeof value}: ${value}`);
            }
        }, expectInt = expectLong, expectInt32 = value => expectSizedInt(value, 32), expectShort = value => expectSizedInt(value, 16), expectByte = value => expectSizedInt(value, 8), expectSizedInt = (value, size) => {
            const expected = expectLong(value);
            if (void 0 !== expected && castInt(expected, size) !== expected) throw new TypeError(`Expected ${size}-bit integer, got ${value}`);
            return expected;
        }, castInt = (value, size) => {
            switch (size) {
              case 32:
                return Int32Array.of(value)[0];

              case 16:
                return Int16Array.of(value)[0];

              case 8:
                return Int8Array.of(value)[0];
            }
        }, expectObject = value => {
            if (null == value) return;
            if ("object" == typeof value && !Array.isArray(value)) return value;
            const receivedType = Array.isArray(value) ? "array" : typeof value;
            throw new TypeError(`Expected object, got ${receivedType}: ${value}`);
        }, strictParseDouble = value => expectNumber("string" == typeof value ? parseNumber(value) : value), strictParseFloat = strictParseDouble, strictParseFloat32 = value => expectFloat32("string" == typeof value ? parseNumber(value) : value), NUMBER_REGEX = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g, parseNumber = value => {
            const matches = value.match(NUMBER_REGEX);
            if (null === matches || matches[0].length !== value.length) throw new TypeError("Expected real number, got implicit NaN");
            return parseFloat(value);
        }, limitedParseDouble = value => "string" == typeof value ? parseFloatString(value) : expectNumber(value), handleFloat = limitedParseDouble, limitedParseFloat = limitedParseDouble, parseFloatString = value => {
            switch (value) {
              case "NaN":
                return NaN;

              case "Infinity":
                return 1 / 0;

              case "-Infinity":
                return -1 / 0;

              default:
                throw new Error(`Unable to parse float value: ${value}`);
            }
        }, strictParseLong = value => expectLong("string" == typeof value ? parseNumber(value) : value), strictParseInt = strictParseLong, strictParseShort = value => expectShort("string" == typeof value ? parseNumber(value) : value), strictParseByte = value => expectByte("string" == typeof value ? parseNumber(value) : value), stackTraceWarning = message => String(new TypeError(message).stack || message).split("\n").slice(0, 5).filter(s => !s.includes("stackTraceWarning")).join("\n"), logger = {
            warn: console.warn
        }, DAYS = [ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" ], MONTHS = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ], RFC3339 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/), RFC3339_WITH_OFFSET$1 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/), IMF_FIXDATE$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/), RFC_850_DATE$1 = new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/), ASC_TIME$1 = new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/), buildDate = (year, month, day, time) => {
            const adjustedMonth = month - 1;
            return validateDayOfMonth(year, adjustedMonth, day), new Date(Date.UTC(year, adjustedMonth, day, parseDateValue(time.hours, "hour", 0, 23), parseDateValue(time.minutes, "minute", 0, 59), parseDateValue(time.seconds, "seconds", 0, 60), parseMilliseconds(time.fractionalMilliseconds)));
        }, parseMonthByShortName = value => {
            const monthIdx = MONTHS.indexOf(value);
            if (monthIdx < 0) throw new TypeError(`Invalid month: ${value}`);
            return monthIdx + 1;
        }, DAYS_IN_MONTH = [ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 ], validateDayOfMonth = (year, month, day) => {
            let maxDays = DAYS_IN_MONTH[month];
            if (1 === month && isLeapYear(year) && (maxDays = 29), day > maxDays) throw new TypeError(`Invalid day for ${MONTHS[month]} in ${year}: ${day}`);
        }, isLeapYear = year => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0), parseDateValue = (value, type, lower, upper) => {
            const dateVal = strictParseByte(stripLeadingZeroes(value));
            if (dateVal < lower || dateVal > upper) throw new TypeError(`${type} must be between ${lower} and ${upper}, inclusive`);
            return dateVal;
        }, parseMilliseconds = value => null == value ? 0 : 1e3 * strictParseFloat32("0." + value), stripLeadingZeroes = value => {
            let idx = 0;
            for (;idx < value.length - 1 && "0" === value.charAt(idx); ) idx++;
            return 0 === idx ? value : value.slice(idx);
        }, LazyJsonString = function(val) {
            return Object.assign(new String(val), {
                deserializeJSON: () => JSON.parse(String(val)),
                toString: () => String(val),
                toJSON: () => String(val)
            });
        };
        LazyJsonString.from = object => object && "object" == typeof object && (object instanceof LazyJsonString || "deserializeJSON" in object) ? object : "string" == typeof object || Object.getPrototypeOf(object) === String.prototype ? LazyJsonString(String(object)) : LazyJsonString(JSON.stringify(object)), 
        LazyJsonString.fromObject = LazyJsonString.from;
        const ddd = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?", mmm = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", time = "(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?", RFC3339_WITH_OFFSET = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/), IMF_FIXDATE_NATIVE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/, IMF_FIXDATE = new RegExp(`^${ddd}, (\\d?\\d) ${mmm} (\\d{4}) ${time} GMT$`), RFC_850_DATE = new RegExp(`^${ddd}, (\\d?\\d)-${mmm}-(\\d\\d) ${time} GMT$`), ASC_TIME = new RegExp(`^${ddd} ${mmm} ( [1-9]|\\d\\d) ${time} (\\d{4})$`), months = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
        function range(v, min, max) {
            const _v = Number(v);
            if (_v < min || _v > max) throw new Error(`Value ${_v} out of range [${min}, ${max}]`);
        }
        const format = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
        class NumericValue {
            string;
            type;
            constructor(string, type) {
                if (this.string = string, this.type = type, !format.test(string)) throw new Error(`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${string}"`);
            }
            toString() {
                return this.string;
            }
            static [Symbol.hasInstance](object) {
                if (!object || "object" != typeof object) return !1;
                const _nv = object;
                return NumericValue.prototype.isPrototypeOf(object) || "bigDecimal" === _nv.type && format.test(_nv.string);
            }
        }
        const SHORT_TO_HEX = {}, HEX_TO_SHORT = {};
        for (let i = 0; i < 256; i++) {
            let encodedByte = i.toString(16).toLowerCase();
            1 === encodedByte.length && (encodedByte = `0${encodedByte}`), SHORT_TO_HEX[i] = encodedByte, 
            HEX_TO_SHORT[encodedByte] = i;
        }
        function toHex(bytes) {
            let out = "";
            for (let i = 0; i < bytes.byteLength; i++) out += SHORT_TO_HEX[bytes[i]];
            return out;
        }
        const toUint8Array = data => data instanceof Uint8Array ? data : "string" == typeof data ? fromUtf8$1(data) : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength / Uint8Array.BYTES_PER_ELEMENT) : new Uint8Array(data);
        function concatBytes(arrays, length) {
            if (void 0 === length) {
                length = 0;
                for (const bytes of arrays) length += bytes.byteLength;
            }
            const result = new Uint8Array(length);
            let offset = 0;
            for (const buf of arrays) result.set(buf, offset), offset += buf.byteLength;
            return result;
        }
        const deserializerMiddleware = (options, deserializer) => (next, context) => async args => {
            const {response: response} = await next(args);
            try {
                return {
                    response: response,
                    output: await deserializer(response, options)
                };
            } catch (error) {
                if (Object.defineProperty(error, "$response", {
                    value: response,
                    enumerable: !1,
                    writable: !1,
                    configurable: !1
                }), !("$metadata" in error)) {
                    const hint = "Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";
                    try {
                        error.message += "\n  " + hint;
                    } catch (ignored) {
                        context.logger && "NoOpLogger" !== context.logger?.constructor?.name ? context.logger?.warn?.(hint) : console.warn(hint);
                    }
                    void 0 !== error.$responseBodyText && error.$response && (error.$response.body = error.$responseBodyText);
                    try {
                        if (HttpResponse.isInstance(response)) {
                            const {headers: headers = {}} = response, headerEntries = Object.entries(headers);
                            error.$metadata = {
                                httpStatusCode: response.statusCode,
                                requestId: findHeader(/^x-[\w-]+-request-?id$/, headerEntries),
                                extendedRequestId: findHeader(/^x-[\w-]+-id-2$/, headerEntries),
                                cfId: findHeader(/^x-[\w-]+-cf-id$/, headerEntries)
                            };
                        }
                    } catch (ignored) {}
                }
                throw error;
            }
        }, findHeader = (pattern, headers) => (headers.find(([k]) => k.match(pattern)) || [ void 0, void 0 ])[1], serializerMiddleware = (options, serializer) => (next, context) => async args => {
            const endpointConfig = options, endpoint = context.endpointV2 ? async () => toEndpointV1(context.endpointV2) : endpointConfig.endpoint;
            if (!endpoint) throw new Error("No valid endpoint provider available.");
            const request = await serializer(args.input, {
                ...options,
                endpoint: endpoint
            });
            return next({
                ...args,
                request: request
            });
        }, deserializerMiddlewareOption = {
            name: "deserializerMiddleware",
            step: "deserialize",
            tags: [ "DESERIALIZER" ],
            override: !0
        }, serializerMiddlewareOption = {
            name: "serializerMiddleware",
            step: "serialize",
            tags: [ "SERIALIZER" ],
            override: !0
        };
        function castSourceData(toCast, encoding) {
            return Buffer.isBuffer(toCast) ? toCast : "string" == typeof toCast ? fromString(toCast, encoding) : ArrayBuffer.isView(toCast) ? fromArrayBuffer(toCast.buffer, toCast.byteOffset, toCast.byteLength) : fromArrayBuffer(toCast);
        }
        let ChecksumStream$1 = class extends Readable {
            expectedChecksum;
            checksumSourceLocation;
            checksum;
            source;
            base64Encoder;
            constructor({expectedChecksum: expectedChecksum, checksum: checksum, source: source, checksumSourceLocation: checksumSourceLocation, base64Encoder: base64Encoder}) {
                if (super(), "function" != typeof source.pipe) throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
                this.source = source, this.base64Encoder = base64Encoder ?? toBase64$1, this.expectedChecksum = expectedChecksum, 
                this.checksum = checksum, this.checksumSourceLocation = checksumSourceLocation, 
                this.source.on("data", this.onSourceData), this.source.on("end", this.onSourceEnd), 
                this.source.on("error", this.onSourceError), this.source.on("close", this.onSourceClose), 
                this.source.pause();
            }
            onSourceData=chunk => {
                if (!this.destroyed) {
                    try {
                        this.checksum.update(chunk);
                    } catch (e) {
                        return void this.destroy(e);
                    }
                    this.push(chunk) || this.source.pause();
                }
            };
            onSourceEnd=async () => {
                if (!this.destroyed) {
                    try {
                        const digest = await this.checksum.digest(), received = this.base64Encoder(digest);
                        if (this.expectedChecksum !== received) return void this.destroy(new Error(`Checksum mismatch: expected "${this.expectedChecksum}" but received "${received}" in response header "${this.checksumSourceLocation}".`));
                    } catch (e) {
                        return void this.destroy(e);
                    }
                    this.push(null);
                }
            };
            onSourceError=error => {
                this.destroy(error);
            };
            onSourceClose=() => {
                this.destroyed || this.source.readableEnded || this.destroy(new Error("Connection lost or stream closed before all data was received."));
            };
            _read(_size) {
                this.source.resume();
            }
            _destroy(error, callback) {
                this.source?.removeListener("data", this.onSourceData), this.source?.removeListener("end", this.onSourceEnd), 
                this.source?.removeListener("error", this.onSourceError), this.source?.removeListener("close", this.onSourceClose), 
                this.source?.destroy(), callback(error);
            }
        };
        const isReadableStream = stream => "function" == typeof ReadableStream && (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream), isBlob = blob => "function" == typeof Blob && (blob?.constructor?.name === Blob.name || blob instanceof Blob), chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        Object.entries(chars).reduce((acc, [i, c]) => (acc[c] = Number(i), acc), {});
        const alphabetByValue = chars.split("");
        function toBase64(_input) {
            let input;
            input = "string" == typeof _input ? (input => (new TextEncoder).encode(input))(_input) : _input;
            const isArrayLike = "object" == typeof input && "number" == typeof input.length, isUint8Array = "object" == typeof input && "number" == typeof input.byteOffset && "number" == typeof input.byteLength;
            if (!isArrayLike && !isUint8Array) throw new Error("@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");
            let str = "";
            for (let i = 0; i < input.length; i += 3) {
                let bits = 0, bitLength = 0;
                for (let j = i, limit = Math.min(i + 3, input.length); j < limit; j++) bits |= input[j] << 8 * (limit - j - 1), 
                bitLength += 8;
                const bitClusterCount = Math.ceil(bitLength / 6);
                bits <<= 6 * bitClusterCount - bitLength;
                for (let k = 1; k <= bitClusterCount; k++) {
                    const offset = 6 * (bitClusterCount - k);
                    str += alphabetByValue[(bits & 63 << offset) >> offset];
                }
                str += "==".slice(0, 4 - bitClusterCount);
            }
            return str;
        }
        const ReadableStreamRef = "function" == typeof ReadableStream ? ReadableStream : function() {};
        class ChecksumStream extends ReadableStreamRef {}
        class ByteArrayCollector {
            allocByteArray;
            byteLength=0;
            byteArrays=[];
            constructor(allocByteArray) {
                this.allocByteArray = allocByteArray;
            }
            push(byteArray) {
                this.byteArrays.push(byteArray), this.byteLength += byteArray.byteLength;
            }
            flush() {
                if (1 === this.byteArrays.length) {
                    const bytes = this.byteArrays[0];
                    return this.reset(), bytes;
                }
                const aggregation = this.allocByteArray(this.byteLength);
                let cursor = 0;
                for (let i = 0; i < this.byteArrays.length; ++i) {
                    const bytes = this.byteArrays[i];
                    aggregation.set(bytes, cursor), cursor += bytes.byteLength;
                }
                return this.reset(), aggregation;
            }
            reset() {
                this.byteArrays = [], this.byteLength = 0;
            }
        }
        function merge(buffers, mode, chunk) {
            switch (mode) {
              case 0:
                return buffers[0] += chunk, sizeOf(buffers[0]);

              case 1:
              case 2:
                return buffers[mode].push(chunk), sizeOf(buffers[mode]);
            }
        }
        function flush(buffers, mode) {
            switch (mode) {
              case 0:
                const s = buffers[0];
                return buffers[0] = "", s;

              case 1:
              case 2:
                return buffers[mode].flush();
            }
            throw new Error(`@smithy/util-stream - invalid index ${mode} given to flush()`);
        }
        function sizeOf(chunk) {
            return chunk?.byteLength ?? chunk?.length ?? 0;
        }
        function modeOf(chunk, allowBuffer = !0) {
            return allowBuffer && "undefined" != typeof Buffer && chunk instanceof Buffer ? 2 : chunk instanceof Uint8Array ? 1 : "string" == typeof chunk ? 0 : -1;
        }
        let Collector$1 = class extends Writable {
            buffers=[];
            limit=1 / 0;
            bytesBuffered=0;
            _write(chunk, encoding, callback) {
                if (this.buffers.push(chunk), this.bytesBuffered += chunk.byteLength ?? 0, this.bytesBuffered >= this.limit) {
                    const excess = this.bytesBuffered - this.limit, tailBuffer = this.buffers[this.buffers.length - 1];
                    this.buffers[this.buffers.length - 1] = tailBuffer.subarray(0, tailBuffer.byteLength - excess), 
                    this.emit("finish");
                }
                callback();
            }
        };
        async function collectBlob(blob) {
            return blob.arrayBuffer().then(ab => new Uint8Array(ab));
        }
        async function collectReadableStream(stream) {
            const chunks = [], reader = stream.getReader();
            let length = 0;
            for (;;) {
                const {done: done, value: value} = await reader.read();
                if (value && (chunks.push(value), length += value.length), done) break;
            }
            return concatBytes(chunks, length);
        }
        const isBlobInstance = stream => "function" == typeof Blob && stream instanceof Blob, streamCollector = stream => isBlob(stream) ? collectBlob(stream) : isReadableStream(stream) ? collectReadableStream(stream) : new Promise((resolve, reject) => {
            const collector = new Collector, nodeStream = stream;
            nodeStream.pipe(collector), nodeStream.on("error", err => {
                collector.end(), reject(err);
            }), collector.on("error", reject), collector.on("finish", function() {
                const bytes = concatBytes(this.bufferedBytes);
                resolve(bytes);
            });
        });
        class Collector extends Writable {
            bufferedBytes=[];
            _write(chunk, encoding, callback) {
                this.bufferedBytes.push(chunk), callback();
            }
        }
        class Uint8ArrayBlobAdapter extends(function(toUtf8, fromUtf8, toBase64, fromBase64) {
            return class Uint8ArrayBlobAdapter extends Uint8Array {
                static fromString(source, encoding = "utf-8") {
                    if ("string" == typeof source) return "base64" === encoding ? Uint8ArrayBlobAdapter.mutate(fromBase64(source)) : Uint8ArrayBlobAdapter.mutate(fromUtf8(source));
                    throw new Error(`Unsupported conversion from ${typeof source} to Uint8ArrayBlobAdapter.`);
                }
                static mutate(source) {
                    return Object.setPrototypeOf(source, Uint8ArrayBlobAdapter.prototype), source;
                }
                transformToString(encoding = "utf-8") {
                    return "base64" === encoding ? toBase64(this) : toUtf8(this);
                }
            };
        }(toUtf8$1, fromUtf8$1, toBase64$1, fromBase64)){}
        const v4 = function(getRandomValues) {
            return "undefined" != typeof crypto && "function" == typeof crypto.randomUUID ? () => crypto.randomUUID() : () => {
                const rnds = new Uint8Array(16);
                return getRandomValues(rnds), rnds[6] = 15 & rnds[6] | 64, rnds[8] = 63 & rnds[8] | 128, 
                decimalToHex[rnds[0]] + decimalToHex[rnds[1]] + decimalToHex[rnds[2]] + decimalToHex[rnds[3]] + "-" + decimalToHex[rnds[4]] + decimalToHex[rnds[5]] + "-" + decimalToHex[rnds[6]] + decimalToHex[rnds[7]] + "-" + decimalToHex[rnds[8]] + decimalToHex[rnds[9]] + "-" + decimalToHex[rnds[10]] + decimalToHex[rnds[11]] + decimalToHex[rnds[12]] + decimalToHex[rnds[13]] + decimalToHex[rnds[14]] + decimalToHex[rnds[15]];
            };
        }(getRandomValues), generateIdempotencyToken = v4;
        exports.ChecksumStream = ChecksumStream$1, exports.Hash = class {
            algorithmIdentifier;
            secret;
            hash;
            constructor(algorithmIdentifier, secret) {
                this.algorithmIdentifier = algorithmIdentifier, this.secret = secret, this.reset();
            }
            update(toHash, encoding) {
                this.hash.update(toUint8Array(castSourceData(toHash, encoding)));
            }
            digest() {
                return Promise.resolve(this.hash.digest());
            }
            reset() {
                this.hash = this.secret ? createHmac(this.algorithmIdentifier, castSourceData(this.secret)) : createHash(this.algorithmIdentifier);
            }
        }, exports.LazyJsonString = LazyJsonString, exports.NumericValue = NumericValue, 
        exports.Uint8ArrayBlobAdapter = Uint8ArrayBlobAdapter, exports._parseEpochTimestamp = value => {
            if (null == value) return;
            let num = NaN;
            if ("number" == typeof value) num = value; else if ("string" == typeof value) {
                if (!/^-?\d*\.?\d+$/.test(value)) throw new TypeError("parseEpochTimestamp - numeric string invalid.");
                num = Number.parseFloat(value);
            } else "object" == typeof value && 1 === value.tag && (num = value.value);
            if (isNaN(num) || Math.abs(num) === 1 / 0) throw new TypeError("Epoch timestamps must be valid finite numbers.");
            return new Date(Math.round(1e3 * num));
        }, exports._parseRfc3339DateTimeWithOffset = value => {
            if (null == value) return;
            if ("string" != typeof value) throw new TypeError("RFC3339 timestamps must be strings");
            const matches = RFC3339_WITH_OFFSET.exec(value);
            if (!matches) throw new TypeError(`Invalid RFC3339 timestamp format ${value}`);
            const [, yearStr, monthStr, dayStr, hours, minutes, seconds, , ms, offsetStr] = matches;
            range(monthStr, 1, 12), range(dayStr, 1, 31), range(hours, 0, 23), range(minutes, 0, 59), 
            range(seconds, 0, 60);
            const date = new Date(Date.UTC(Number(yearStr), Number(monthStr) - 1, Number(dayStr), Number(hours), Number(minutes), Number(seconds), Number(ms) ? Math.round(1e3 * parseFloat(`0.${ms}`)) : 0));
            if (date.setUTCFullYear(Number(yearStr)), "Z" != offsetStr.toUpperCase()) {
                const [, sign, offsetH, offsetM] = /([+-])(\d\d):(\d\d)/.exec(offsetStr) || [ void 0, "+", 0, 0 ], scalar = "-" === sign ? 1 : -1;
                date.setTime(date.getTime() + scalar * (60 * Number(offsetH) * 60 * 1e3 + 60 * Number(offsetM) * 1e3));
            }
            return date;
        }, exports._parseRfc7231DateTime = value => {
            if (null == value) return;
            if ("string" != typeof value) throw new TypeError("RFC7231 timestamps must be strings.");
            if (IMF_FIXDATE_NATIVE.test(value)) return new Date(value);
            let day, month, year, hour, minute, second, fraction, matches;
            if ((matches = IMF_FIXDATE.exec(value)) ? [, day, month, year, hour, minute, second, fraction] = matches : (matches = RFC_850_DATE.exec(value)) ? ([, day, month, year, hour, minute, second, fraction] = matches, 
            year = (Number(year) + 1900).toString()) : (matches = ASC_TIME.exec(value)) && ([, month, day, hour, minute, second, fraction, year] = matches), 
            year && second) {
                const timestamp = Date.UTC(Number(year), months.indexOf(month), Number(day), Number(hour), Number(minute), Number(second), fraction ? Math.round(1e3 * parseFloat(`0.${fraction}`)) : 0);
                range(day, 1, 31), range(hour, 0, 23), range(minute, 0, 59), range(second, 0, 60);
                const date = new Date(timestamp);
                return date.setUTCFullYear(Number(year)), date;
            }
            throw new TypeError(`Invalid RFC7231 date-time value ${value}.`);
        }, exports.calculateBodyLength = body => {
            if (!body) return 0;
            if ("string" == typeof body) return Buffer.byteLength(body);
            if ("number" == typeof body.byteLength) return body.byteLength;
            if ("number" == typeof body.size) return body.size;
            if ("number" == typeof body.start && "number" == typeof body.end) return body.end + 1 - body.start;
            if (body instanceof ReadStream) {
                if (null != body.path) return lstatSync(body.path).size;
                if ("number" == typeof body.fd) return fstatSync(body.fd).size;
            }
            throw new Error(`Body Length computation failed for ${body}`);
        }, exports.concatBytes = concatBytes, exports.copyDocumentWithTransform = (source, _schemaRef, _transform = _ => _) => source, 
        exports.createBufferedReadable = function(upstream, size, logger) {
            if (isReadableStream(upstream)) return function(upstream, size, logger) {
                const reader = upstream.getReader();
                let streamBufferingLoggedWarning = !1, bytesSeen = 0;
                const buffers = [ "", new ByteArrayCollector(size => new Uint8Array(size)) ];
                let mode = -1;
                const pull = async controller => {
                    const {value: value, done: done} = await reader.read(), chunk = value;
                    if (done) {
                        if (-1 !== mode) {
                            const remainder = flush(buffers, mode);
                            sizeOf(remainder) > 0 && controller.enqueue(remainder);
                        }
                        controller.close();
                    } else {
                        const chunkMode = modeOf(chunk, !1);
                        if (mode !== chunkMode && (mode >= 0 && controller.enqueue(flush(buffers, mode)), 
                        mode = chunkMode), -1 === mode) return void controller.enqueue(chunk);
                        const chunkSize = sizeOf(chunk);
                        bytesSeen += chunkSize;
                        const bufferSize = sizeOf(buffers[mode]);
                        if (chunkSize >= size && 0 === bufferSize) controller.enqueue(chunk); else {
                            const newSize = merge(buffers, mode, chunk);
                            !streamBufferingLoggedWarning && bytesSeen > 2 * size && (streamBufferingLoggedWarning = !0, 
                            logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`)), 
                            newSize >= size ? controller.enqueue(flush(buffers, mode)) : await pull(controller);
                        }
                    }
                };
                return new ReadableStream({
                    pull: pull
                });
            }(upstream, size, logger);
            const downstream = new Readable({
                read() {}
            });
            let streamBufferingLoggedWarning = !1, bytesSeen = 0;
            const buffers = [ "", new ByteArrayCollector(size => new Uint8Array(size)), new ByteArrayCollector(size => Buffer.from(new Uint8Array(size))) ];
            let mode = -1;
            return upstream.on("data", chunk => {
                const chunkMode = modeOf(chunk, !0);
                if (mode !== chunkMode && (mode >= 0 && downstream.push(flush(buffers, mode)), mode = chunkMode), 
                -1 === mode) return void downstream.push(chunk);
                const chunkSize = sizeOf(chunk);
                bytesSeen += chunkSize;
                const bufferSize = sizeOf(buffers[mode]);
                if (chunkSize >= size && 0 === bufferSize) downstream.push(chunk); else {
                    const newSize = merge(buffers, mode, chunk);
                    !streamBufferingLoggedWarning && bytesSeen > 2 * size && (streamBufferingLoggedWarning = !0, 
                    logger?.warn(`@smithy/util-stream - stream chunk size ${chunkSize} is below threshold of ${size}, automatically buffering.`)), 
                    newSize >= size && downstream.push(flush(buffers, mode));
                }
            }), upstream.on("end", () => {
                if (-1 !== mode) {
                    const remainder = flush(buffers, mode);
                    sizeOf(remainder) > 0 && downstream.push(remainder);
                }
                downstream.push(null);
            }), downstream;
        }, exports.createChecksumStream = function(init) {
            return "function" == typeof ReadableStream && isReadableStream(init.source) ? (({expectedChecksum: expectedChecksum, checksum: checksum, source: source, checksumSourceLocation: checksumSourceLocation, base64Encoder: base64Encoder}) => {
                if (!isReadableStream(source)) throw new Error(`@smithy/util-stream: unsupported source type ${source?.constructor?.name ?? source} in ChecksumStream.`);
                const encoder = base64Encoder ?? toBase64;
                if ("function" != typeof TransformStream) throw new Error("@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.");
                const transform = new TransformStream({
                    start() {},
                    async transform(chunk, controller) {
                        checksum.update(chunk), controller.enqueue(chunk);
                    },
                    async flush(controller) {
                        const digest = await checksum.digest(), received = encoder(digest);
                        if (expectedChecksum !== received) {
                            const error = new Error(`Checksum mismatch: expected "${expectedChecksum}" but received "${received}" in response header "${checksumSourceLocation}".`);
                            controller.error(error);
                        } else controller.terminate();
                    }
                });
                source.pipeThrough(transform);
                const readable = transform.readable;
                return Object.setPrototypeOf(readable, ChecksumStream.prototype), readable;
            })(init) : new ChecksumStream$1(init);
        }, exports.dateToUtcString = function(date) {
            const year = date.getUTCFullYear(), month = date.getUTCMonth(), dayOfWeek = date.getUTCDay(), dayOfMonthInt = date.getUTCDate(), hoursInt = date.getUTCHours(), minutesInt = date.getUTCMinutes(), secondsInt = date.getUTCSeconds(), hoursString = hoursInt < 10 ? `0${hoursInt}` : `${hoursInt}`, minutesString = minutesInt < 10 ? `0${minutesInt}` : `${minutesInt}`, secondsString = secondsInt < 10 ? `0${secondsInt}` : `${secondsInt}`;
            return `${DAYS[dayOfWeek]}, ${dayOfMonthInt < 10 ? `0${dayOfMonthInt}` : `${dayOfMonthInt}`} ${MONTHS[month]} ${year} ${hoursString}:${minutesString}:${secondsString} GMT`;
        }, exports.deserializerMiddleware = deserializerMiddleware, exports.deserializerMiddlewareOption = deserializerMiddlewareOption, 
        exports.expectBoolean = value => {
            if (null != value) {
                if ("number" == typeof value) {
                    if (0 !== value && 1 !== value || logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`)), 
                    0 === value) return !1;
                    if (1 === value) return !0;
                }
                if ("string" == typeof value) {
                    const lower = value.toLowerCase();
                    if ("false" !== lower && "true" !== lower || logger.warn(stackTraceWarning(`Expected boolean, got ${typeof value}: ${value}`)), 
                    "false" === lower) return !1;
                    if ("true" === lower) return !0;
                }
                if ("boolean" == typeof value) return value;
                throw new TypeError(`Expected boolean, got ${typeof value}: ${value}`);
            }
        }, exports.expectByte = expectByte, exports.expectFloat32 = expectFloat32, exports.expectInt = expectInt, 
        exports.expectInt32 = expectInt32, exports.expectLong = expectLong, exports.expectNonNull = (value, location) => {
            if (null == value) {
                if (location) throw new TypeError(`Expected a non-null value for ${location}`);
                throw new TypeError("Expected a non-null value");
            }
            return value;
        }, exports.expectNumber = expectNumber, exports.expectObject = expectObject, exports.expectShort = expectShort, 
        exports.expectString = value => {
            if (null != value) {
                if ("string" == typeof value) return value;
                if ([ "boolean", "number", "bigint" ].includes(typeof value)) return logger.warn(stackTraceWarning(`Expected string, got ${typeof value}: ${value}`)), 
                String(value);
                throw new TypeError(`Expected string, got ${typeof value}: ${value}`);
            }
        }, exports.expectUnion = value => {
            if (null == value) return;
            const asObject = expectObject(value), setKeys = [];
            for (const k in asObject) hasOwn(asObject, k) && null != asObject[k] && setKeys.push(k);
            if (0 === setKeys.length) throw new TypeError("Unions must have exactly one non-null member. None were found.");
            if (setKeys.length > 1) throw new TypeError(`Unions must have exactly one non-null member. Keys ${setKeys} were not null.`);
            return asObject;
        }, exports.fromArrayBuffer = fromArrayBuffer, exports.fromBase64 = fromBase64, exports.fromHex = function(encoded) {
            if (encoded.length % 2 != 0) throw new Error("Hex encoded strings must have an even number length");
            const out = new Uint8Array(encoded.length / 2);
            for (let i = 0; i < encoded.length; i += 2) {
                const encodedByte = encoded.slice(i, i + 2).toLowerCase();
                if (!(encodedByte in HEX_TO_SHORT)) throw new Error(`Cannot decode unrecognized sequence ${encodedByte} as hexadecimal`);
                out[i / 2] = HEX_TO_SHORT[encodedByte];
            }
            return out;
        }, exports.fromString = fromString, exports.fromUtf8 = fromUtf8$1, exports.generateIdempotencyToken = generateIdempotencyToken, 
        exports.getAwsChunkedEncodingStream = function(stream, options) {
            const readable = stream, readableStream = stream;
            if (isReadableStream(readableStream)) return ((readableStream, options) => {
                const {base64Encoder: base64Encoder, bodyLengthChecker: bodyLengthChecker, checksumAlgorithmFn: checksumAlgorithmFn, checksumLocationName: checksumLocationName, streamHasher: streamHasher} = options, checksumRequired = void 0 !== base64Encoder && void 0 !== bodyLengthChecker && void 0 !== checksumAlgorithmFn && void 0 !== checksumLocationName && void 0 !== streamHasher, digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readableStream) : void 0;
                Promise.resolve(digest).catch(() => {});
                const reader = readableStream.getReader();
                return new ReadableStream({
                    async pull(controller) {
                        const {value: value, done: done} = await reader.read();
                        if (done) {
                            if (controller.enqueue("0\r\n"), checksumRequired) {
                                const checksum = base64Encoder(await digest);
                                controller.enqueue(`${checksumLocationName}:${checksum}\r\n`), controller.enqueue("\r\n");
                            }
                            controller.close();
                        } else controller.enqueue(`${(bodyLengthChecker(value) || 0).toString(16)}\r\n${value}\r\n`);
                    }
                });
            })(readableStream, options);
            const {base64Encoder: base64Encoder, bodyLengthChecker: bodyLengthChecker, checksumAlgorithmFn: checksumAlgorithmFn, checksumLocationName: checksumLocationName, streamHasher: streamHasher} = options, checksumRequired = void 0 !== base64Encoder && void 0 !== checksumAlgorithmFn && void 0 !== checksumLocationName && void 0 !== streamHasher, digest = checksumRequired ? streamHasher(checksumAlgorithmFn, readable) : void 0;
            Promise.resolve(digest).catch(() => {});
            const awsChunkedEncodingStream = new Readable({
                read() {
                    readable.resume();
                }
            });
            return readable.on("data", data => {
                const length = bodyLengthChecker(data) || 0;
                0 !== length && (awsChunkedEncodingStream.push(`${length.toString(16)}\r\n`), awsChunkedEncodingStream.push(data), 
                awsChunkedEncodingStream.push("\r\n") || readable.pause());
            }), readable.on("error", err => {
                awsChunkedEncodingStream.destroy(err);
            }), readable.pause(), readable.on("end", async () => {
                try {
                    if (awsChunkedEncodingStream.push("0\r\n"), checksumRequired) {
                        const checksum = base64Encoder(await digest);
                        awsChunkedEncodingStream.push(`${checksumLocationName}:${checksum}\r\n`), awsChunkedEncodingStream.push("\r\n");
                    }
                    awsChunkedEncodingStream.push(null);
                } catch (err) {
                    awsChunkedEncodingStream.destroy(err);
                }
            }), awsChunkedEncodingStream;
        }, exports.getSerdePlugin = function(config, serializer, deserializer) {
            return {
                applyToStack: commandStack => {
                    commandStack.add(deserializerMiddleware(config, deserializer), deserializerMiddlewareOption), 
                    commandStack.add(serializerMiddleware(config, serializer), serializerMiddlewareOption);
                }
            };
        }, exports.handleFloat = handleFloat, exports.headStream = (stream, bytes) => isReadableStream(stream) ? async function(stream, bytes) {
            let byteLengthCounter = 0;
            const chunks = [], reader = stream.getReader();
            let isDone = !1;
            for (;!isDone; ) {
                const {done: done, value: value} = await reader.read();
                if (value && (chunks.push(value), byteLengthCounter += value?.byteLength ?? 0), 
                byteLengthCounter >= bytes) break;
                isDone = done;
            }
            reader.releaseLock();
            const collected = new Uint8Array(Math.min(bytes, byteLengthCounter));
            let offset = 0;
            for (const chunk of chunks) {
                if (chunk.byteLength > collected.byteLength - offset) {
                    collected.set(chunk.subarray(0, collected.byteLength - offset), offset);
                    break;
                }
                collected.set(chunk, offset), offset += chunk.length;
            }
            return collected;
        }(stream, bytes) : new Promise((resolve, reject) => {
            const collector = new Collector$1;
            collector.limit = bytes, stream.pipe(collector), stream.on("error", err => {
                collector.end(), reject(err);
            }), collector.on("error", reject), collector.on("finish", function() {
                const bytes = concatBytes(this.buffers);
                resolve(bytes);
            });
        }), exports.isArrayBuffer = isArrayBuffer, exports.isBlob = isBlob, exports.isReadableStream = isReadableStream, 
        exports.limitedParseDouble = limitedParseDouble, exports.limitedParseFloat = limitedParseFloat, 
        exports.limitedParseFloat32 = value => "string" == typeof value ? parseFloatString(value) : expectFloat32(value), 
        exports.logger = logger, exports.nv = function(input) {
            return new NumericValue(String(input), "bigDecimal");
        }, exports.parseBoolean = value => {
            switch (value) {
              case "true":
                return !0;

              case "false":
                return !1;

              default:
                throw new Error(`Unable to parse boolean value "${value}"`);
            }
        }, exports.parseEpochTimestamp = value => {
            if (null == value) return;
            let valueAsDouble;
            if ("number" == typeof value) valueAsDouble = value; else if ("string" == typeof value) valueAsDouble = strictParseDouble(value); else {
                if ("object" != typeof value || 1 !== value.tag) throw new TypeError("Epoch timestamps must be expressed as floating point numbers or their string representation");
                valueAsDouble = value.value;
            }
            if (Number.isNaN(valueAsDouble) || valueAsDouble === 1 / 0 || valueAsDouble === -1 / 0) throw new TypeError("Epoch timestamps must be valid, non-Infinite, non-NaN numerics");
            return new Date(Math.round(1e3 * valueAsDouble));
        }, exports.parseRfc3339DateTime = value => {
            if (null == value) return;
            if ("string" != typeof value) throw new TypeError("RFC-3339 date-times must be expressed as strings");
            const match = RFC3339.exec(value);
            if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
            const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds] = match, year = strictParseShort(stripLeadingZeroes(yearStr)), month = parseDateValue(monthStr, "month", 1, 12), day = parseDateValue(dayStr, "day", 1, 31);
            return buildDate(year, month, day, {
                hours: hours,
                minutes: minutes,
                seconds: seconds,
                fractionalMilliseconds: fractionalMilliseconds
            });
        }, exports.parseRfc3339DateTimeWithOffset = value => {
            if (null == value) return;
            if ("string" != typeof value) throw new TypeError("RFC-3339 date-times must be expressed as strings");
            const match = RFC3339_WITH_OFFSET$1.exec(value);
            if (!match) throw new TypeError("Invalid RFC-3339 date-time value");
            const [_, yearStr, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, offsetStr] = match, year = strictParseShort(stripLeadingZeroes(yearStr)), month = parseDateValue(monthStr, "month", 1, 12), day = parseDateValue(dayStr, "day", 1, 31), date = buildDate(year, month, day, {
                hours: hours,
                minutes: minutes,
                seconds: seconds,
                fractionalMilliseconds: fractionalMilliseconds
            });
            return "Z" != offsetStr.toUpperCase() && date.setTime(date.getTime() - (value => {
                const directionStr = value[0];
                let direction = 1;
                if ("+" == directionStr) direction = 1; else {
                    if ("-" != directionStr) throw new TypeError(`Offset direction, ${directionStr}, must be "+" or "-"`);
                    direction = -1;
                }
                return direction * (60 * Number(value.substring(1, 3)) + Number(value.substring(4, 6))) * 60 * 1e3;
            })(offsetStr)), date;
        }, exports.parseRfc7231DateTime = value => {
            if (null == value) return;
            if ("string" != typeof value) throw new TypeError("RFC-7231 date-times must be expressed as strings");
            let match = IMF_FIXDATE$1.exec(value);
            if (match) {
                const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
                return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
                    hours: hours,
                    minutes: minutes,
                    seconds: seconds,
                    fractionalMilliseconds: fractionalMilliseconds
                });
            }
            if (match = RFC_850_DATE$1.exec(value), match) {
                const [_, dayStr, monthStr, yearStr, hours, minutes, seconds, fractionalMilliseconds] = match;
                return input = buildDate((value => {
                    const thisYear = (new Date).getUTCFullYear(), valueInThisCentury = 100 * Math.floor(thisYear / 100) + strictParseShort(stripLeadingZeroes(value));
                    return valueInThisCentury < thisYear ? valueInThisCentury + 100 : valueInThisCentury;
                })(yearStr), parseMonthByShortName(monthStr), parseDateValue(dayStr, "day", 1, 31), {
                    hours: hours,
                    minutes: minutes,
                    seconds: seconds,
                    fractionalMilliseconds: fractionalMilliseconds
                }), input.getTime() - (new Date).getTime() > 15768e8 ? new Date(Date.UTC(input.getUTCFullYear() - 100, input.getUTCMonth(), input.getUTCDate(), input.getUTCHours(), input.getUTCMinutes(), input.getUTCSeconds(), input.getUTCMilliseconds())) : input;
            }
            var input;
            if (match = ASC_TIME$1.exec(value), match) {
                const [_, monthStr, dayStr, hours, minutes, seconds, fractionalMilliseconds, yearStr] = match;
                return buildDate(strictParseShort(stripLeadingZeroes(yearStr)), parseMonthByShortName(monthStr), parseDateValue(dayStr.trimLeft(), "day", 1, 31), {
                    hours: hours,
                    minutes: minutes,
                    seconds: seconds,
                    fractionalMilliseconds: fractionalMilliseconds
                });
            }
            throw new TypeError("Invalid RFC-7231 date-time value");
        }, exports.quoteHeader = function(part) {
            return (part.includes(",") || part.includes('"')) && (part = `"${part.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`), 
            part;
        }, exports.sdkStreamMixin = stream => {
            if (!(stream instanceof Readable)) try {
                return (stream => {
                    if (!isBlobInstance(stream) && !isReadableStream(stream)) throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${stream?.__proto__?.constructor?.name || stream}`);
                    let transformed = !1;
                    const transformToByteArray = async () => {
                        if (transformed) throw new Error("The stream has already been transformed.");
                        return transformed = !0, await (async stream => isBlob(stream) ? collectBlob(stream) : collectReadableStream(stream))(stream);
                    };
                    return Object.assign(stream, {
                        transformToByteArray: transformToByteArray,
                        transformToString: async encoding => {
                            const buf = await transformToByteArray();
                            if ("base64" === encoding) return toBase64(buf);
                            if ("hex" === encoding) return toHex(buf);
                            if (void 0 === encoding || "utf8" === encoding || "utf-8" === encoding) return (input => {
                                if ("string" == typeof input) return input;
                                if ("object" != typeof input || "number" != typeof input.byteOffset || "number" != typeof input.byteLength) throw new Error("@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");
                                return new TextDecoder("utf-8").decode(input);
                            })(buf);
                            if ("function" == typeof TextDecoder) return new TextDecoder(encoding).decode(buf);
                            throw new Error("TextDecoder is not available, please make sure polyfill is provided.");
                        },
                        transformToWebStream: () => {
                            if (transformed) throw new Error("The stream has already been transformed.");
                            if (transformed = !0, isBlobInstance(stream)) return (blob => {
                                if ("function" != typeof blob.stream) throw new Error("Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.\nIf you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body");
                                return blob.stream();
                            })(stream);
                            if (isReadableStream(stream)) return stream;
                            throw new Error(`Cannot transform payload to web stream, got ${stream}`);
                        }
                    });
                })(stream);
            } catch (ignored) {
                throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${stream?.__proto__?.constructor?.name || stream}`);
            }
            let transformed = !1;
            const transformToByteArray = async () => {
                if (transformed) throw new Error("The stream has already been transformed.");
                return transformed = !0, await streamCollector(stream);
            };
            return Object.assign(stream, {
                transformToByteArray: transformToByteArray,
                transformToString: async encoding => {
                    const buf = await transformToByteArray();
                    return void 0 === encoding || Buffer.isEncoding(encoding) ? fromArrayBuffer(buf.buffer, buf.byteOffset, buf.byteLength).toString(encoding) : new TextDecoder(encoding).decode(buf);
                },
                transformToWebStream: () => {
                    if (transformed) throw new Error("The stream has already been transformed.");
                    if (null !== stream.readableFlowing) throw new Error("The stream has been consumed by other callbacks.");
                    if ("function" != typeof Readable.toWeb) throw new Error("Readable.toWeb() is not supported. Please ensure a polyfill is available.");
                    return transformed = !0, Readable.toWeb(stream);
                }
            });
        }, exports.serializerMiddleware = serializerMiddleware, exports.serializerMiddlewareOption = serializerMiddlewareOption, 
        exports.splitEvery = function(value, delimiter, numDelimiters) {
            if (numDelimiters <= 0 || !Number.isInteger(numDelimiters)) throw new Error("Invalid number of delimiters (" + numDelimiters + ") for splitEvery.");
            const segments = value.split(delimiter);
            if (1 === numDelimiters) return segments;
            const compoundSegments = [];
            let currentSegment = "";
            for (let i = 0; i < segments.length; i++) "" === currentSegment ? currentSegment = segments[i] : currentSegment += delimiter + segments[i], 
            (i + 1) % numDelimiters === 0 && (compoundSegments.push(currentSegment), currentSegment = "");
            return "" !== currentSegment && compoundSegments.push(currentSegment), compoundSegments;
        }, exports.splitHeader = value => {
            const z = value.length, values = [];
            let withinQuotes = !1, escaped = !1, anchor = 0;
            for (let i = 0; i < z; ++i) {
                const char = value[i];
                switch (char) {
                  case '"':
                    escaped || (withinQuotes = !withinQuotes);
                    break;

                  case ",":
                    withinQuotes || (values.push(value.slice(anchor, i)), anchor = i + 1);
                }
                escaped = "\\" === char && !escaped;
            }
            return values.push(value.slice(anchor)), values.map(v => {
                const z = (v = v.trim()).length;
                return z < 2 ? v : '"' === v[0] && '"' === v[z - 1] ? (v = v.slice(1, z - 1)).replace(/\\(["\\])/g, "$1") : v.replace(/\\"/g, '"');
            });
        }, exports.splitStream = async function(stream) {
            if (isReadableStream(stream) || isBlob(stream)) return async function(stream) {
                return "function" == typeof stream.stream && (stream = stream.stream()), stream.tee();
            }(stream);
            const stream1 = new PassThrough, stream2 = new PassThrough;
            return stream.pipe(stream1), stream.pipe(stream2), [ stream1, stream2 ];
        }, exports.streamCollector = streamCollector, exports.strictParseByte = strictParseByte, 
        exports.strictParseDouble = strictParseDouble, exports.strictParseFloat = strictParseFloat, 
        exports.strictParseFloat32 = strictParseFloat32, exports.strictParseInt = strictParseInt, 
        exports.strictParseInt32 = value => expectInt32("string" == typeof value ? parseNumber(value) : value), 
        exports.strictParseLong = strictParseLong, exports.strictParseShort = strictParseShort, 
        exports.toBase64 = toBase64$1, exports.toHex = toHex, exports.toUint8Array = toUint8Array, 
        exports.toUtf8 = toUtf8$1, exports.v4 = v4, exports.writeKey = function(obj) {
            Object.defineProperty(obj, "__proto__", {
                value: void 0,
                writable: !0,
                enumerable: !0,
                configurable: !0
            });
        };
    },
    4534: (__unused_webpack_module, exports, __webpack_require__) => {
        const {SMITHY_CONTEXT_KEY: SMITHY_CONTEXT_KEY} = __webpack_require__(5662);
        function hasOwn(o, k) {
            return Object.prototype.hasOwnProperty.call(o, k);
        }
        class HttpRequest {
            method;
            protocol;
            hostname;
            port;
            path;
            query;
            headers;
            username;
            password;
            fragment;
            body;
            constructor(options) {
                this.method = options.method || "GET", this.hostname = options.hostname || "localhost", 
                this.port = options.port, this.query = options.query || {}, this.headers = options.headers || {}, 
                this.body = options.body, this.protocol = options.protocol ? ":" !== options.protocol.slice(-1) ? `${options.protocol}:` : options.protocol : "https:", 
                this.path = options.path ? "/" !== options.path.charAt(0) ? `/${options.path}` : options.path : "/", 
                this.username = options.username, this.password = options.password, this.fragment = options.fragment;
            }
            static clone(request) {
                const cloned = new HttpRequest({
                    ...request,
                    headers: {
                        ...request.headers
                    }
                });
                var query;
                return cloned.query && (cloned.query = (query = cloned.query, Object.keys(query).reduce((carry, paramName) => {
                    const param = query[paramName];
                    return {
                        ...carry,
                        [paramName]: Array.isArray(param) ? [ ...param ] : param
                    };
                }, {}))), cloned;
            }
            static isInstance(request) {
                if (!request) return !1;
                const req = request;
                return "method" in req && "protocol" in req && "hostname" in req && "path" in req && "object" == typeof req.query && "object" == typeof req.headers;
            }
            clone() {
                return HttpRequest.clone(this);
            }
        }
        const VALID_HOST_LABEL_REGEX = new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"), isValidHostLabel = (value, allowSubDomains = !1) => {
            if (!allowSubDomains) return VALID_HOST_LABEL_REGEX.test(value);
            const labels = value.split(".");
            for (const label of labels) if (!isValidHostLabel(label)) return !1;
            return !0;
        };
        function parseQueryString(querystring) {
            const query = {};
            if (querystring = querystring.replace(/^\?/, "")) for (const pair of querystring.split("&")) {
                let [key, value = null] = pair.split("=");
                key = decodeURIComponent(key), value && (value = decodeURIComponent(value)), key in query ? Array.isArray(query[key]) ? query[key].push(value) : query[key] = [ query[key], value ] : query[key] = value;
            }
            return query;
        }
        const parseUrl = url => {
            if ("string" == typeof url) return parseUrl(new URL(url));
            const {hostname: hostname, pathname: pathname, port: port, protocol: protocol, search: search} = url;
            let query;
            return search && (query = parseQueryString(search)), {
                hostname: hostname,
                port: port ? parseInt(port) : void 0,
                protocol: protocol,
                path: pathname,
                query: query
            };
        };
        exports.HttpRequest = HttpRequest, exports.HttpResponse = class {
            statusCode;
            reason;
            headers;
            body;
            constructor(options) {
                this.statusCode = options.statusCode, this.reason = options.reason, this.headers = options.headers || {}, 
                this.body = options.body;
            }
            static isInstance(response) {
                if (!response) return !1;
                const resp = response;
                return "number" == typeof resp.statusCode && "object" == typeof resp.headers;
            }
        }, exports.getSmithyContext = context => context[SMITHY_CONTEXT_KEY] || (context[SMITHY_CONTEXT_KEY] = {}), 
        exports.hasOwn = hasOwn, exports.isValidHostLabel = isValidHostLabel, exports.isValidHostname = function(hostname) {
            return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(hostname);
        }, exports.normalizeProvider = input => {
            if ("function" == typeof input) return input;
            const promisified = Promise.resolve(input);
            return () => promisified;
        }, exports.parseQueryString = parseQueryString, exports.parseUrl = parseUrl, exports.toEndpointV1 = endpoint => {
            if ("object" == typeof endpoint) {
                if ("url" in endpoint) {
                    const v1Endpoint = parseUrl(endpoint.url);
                    if (endpoint.headers) {
                        v1Endpoint.headers = {};
                        for (const name in endpoint.headers) hasOwn(endpoint.headers, name) && (v1Endpoint.headers[name.toLowerCase()] = endpoint.headers[name].join(", "));
                    }
                    return v1Endpoint;
                }
                return endpoint;
            }
            return parseUrl(endpoint);
        };
    },
    1051: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        function buildAbortError(abortSignal) {
            const reason = abortSignal && "object" == typeof abortSignal && "reason" in abortSignal ? abortSignal.reason : void 0;
            if (reason) {
                if (reason instanceof Error) {
                    const abortError = new Error("Request aborted");
                    return abortError.name = "AbortError", abortError.cause = reason, abortError;
                }
                const abortError = new Error(String(reason));
                return abortError.name = "AbortError", abortError;
            }
            const abortError = new Error("Request aborted");
            return abortError.name = "AbortError", abortError;
        }
        __webpack_require__.d(__webpack_exports__, {
            F: () => buildAbortError
        });
    },
    5544: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            u: () => getTransformedHeaders
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
        const getTransformedHeaders = headers => {
            const transformedHeaders = {};
            for (const name in headers) {
                if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(headers, name)) continue;
                const headerValues = headers[name];
                transformedHeaders[name] = Array.isArray(headerValues) ? headerValues.join(",") : headerValues;
            }
            return transformedHeaders;
        };
    },
    3291: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            w: () => DEFAULT_REQUEST_TIMEOUT,
            $: () => NodeHttpHandler
        });
        var serde = __webpack_require__(2430), protocols = __webpack_require__(3422), build_abort_error = __webpack_require__(1051);
        const NODEJS_TIMEOUT_ERROR_CODES = [ "ECONNRESET", "EPIPE", "ETIMEDOUT" ];
        var get_transformed_headers = __webpack_require__(5544), external_node_https_ = __webpack_require__(4708), external_node_https_default = __webpack_require__.n(external_node_https_), timing = __webpack_require__(4957), resolve_default_socket_timeout = __webpack_require__(2687);
        const setSocketTimeout = (request, reject, timeoutInMs = 0, isServiceDefault = !1) => {
            if (!Number.isFinite(timeoutInMs) || timeoutInMs <= 0) return;
            let response;
            request.once("response", res => response = res);
            const onTimeout = () => {
                if (response?.complete) return void request.socket?.destroy();
                const error = Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${timeoutInMs} ms of inactivity (${isServiceDefault ? "service default socket timeout" : "configured by client requestHandler"}).`), {
                    name: "TimeoutError"
                });
                response?.destroy(error), request.destroy(), reject(error);
            }, registerTimeout = () => {
                const {socket: socket} = request;
                socket ? socket.connecting ? socket.once("connect", registerTimeout) : (socket.setTimeout(timeoutInMs, onTimeout), 
                request.on("close", () => socket.removeListener("timeout", onTimeout))) : request.once("socket", registerTimeout);
            };
            if (timeoutInMs < 6e3) return void registerTimeout();
            const deferralId = timing.N.setTimeout(registerTimeout, 3e3);
            request.once("close", () => timing.N.clearTimeout(deferralId));
        };
        var write_request_body = __webpack_require__(1849);
        const DEFAULT_REQUEST_TIMEOUT = 0;
        let hAgent, hRequest;
        class NodeHttpHandler {
            config;
            configProvider;
            socketWarningTimestamp=0;
            externalAgent=!1;
            metadata={
                handlerProtocol: "http/1.1"
            };
            static create(instanceOrOptions) {
                return "function" == typeof instanceOrOptions?.handle ? instanceOrOptions : new NodeHttpHandler(instanceOrOptions);
            }
            static checkSocketUsage(agent, socketWarningTimestamp, logger = console) {
                const {sockets: sockets, requests: requests, maxSockets: maxSockets} = agent;
                if ("number" != typeof maxSockets || maxSockets === 1 / 0) return socketWarningTimestamp;
                if (Date.now() - 15e3 < socketWarningTimestamp) return socketWarningTimestamp;
                if (sockets && requests) for (const origin in sockets) {
                    if (!(0, serde.hasOwn)(sockets, origin)) continue;
                    const socketsInUse = sockets[origin]?.length ?? 0, requestsEnqueued = requests[origin]?.length ?? 0;
                    if (socketsInUse >= maxSockets && requestsEnqueued >= 2 * maxSockets) return logger?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${socketsInUse} and ${requestsEnqueued} additional requests are enqueued.\nSee https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html\nor increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`), 
                    Date.now();
                }
                return socketWarningTimestamp;
            }
            constructor(options) {
                this.configProvider = new Promise((resolve, reject) => {
                    "function" == typeof options ? options().then(_options => {
                        resolve(this.resolveDefaultConfig(_options));
                    }).catch(reject) : resolve(this.resolveDefaultConfig(options));
                });
            }
            destroy() {
                this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
            }
            async handle(request, {abortSignal: abortSignal, requestTimeout: requestTimeout} = {}) {
                this.config || (this.config = await this.configProvider);
                const config = this.config, logger = config.logger, isSSL = "https:" === request.protocol;
                return isSSL || this.config.httpAgent || (this.config.httpAgent = await this.config.httpAgentProvider()), 
                new Promise((_resolve, _reject) => {
                    let writeRequestBodyPromise, socketWarningTimeoutId = -1, connectionTimeoutId = -1, requestTimeoutId = -1, keepAliveTimeoutId = -1;
                    const clearTimeouts = () => {
                        timing.N.clearTimeout(socketWarningTimeoutId), timing.N.clearTimeout(connectionTimeoutId), 
                        timing.N.clearTimeout(requestTimeoutId), timing.N.clearTimeout(keepAliveTimeoutId);
                    }, reject = async arg => {
                        await writeRequestBodyPromise, clearTimeouts(), _reject(arg);
                    };
                    if (abortSignal?.aborted) {
                        const abortError = (0, build_abort_error.F)(abortSignal);
                        return void reject(abortError);
                    }
                    const headers = request.headers, expectContinue = !!headers && "100-continue" === (headers.Expect ?? headers.expect);
                    let agent = isSSL ? config.httpsAgent : config.httpAgent;
                    expectContinue && !this.externalAgent && (agent = new (isSSL ? external_node_https_default().Agent : hAgent)({
                        keepAlive: !1,
                        maxSockets: 1 / 0
                    })), socketWarningTimeoutId = timing.N.setTimeout(() => {
                        this.socketWarningTimestamp = NodeHttpHandler.checkSocketUsage(agent, this.socketWarningTimestamp, logger);
                    }, config.socketAcquisitionWarningTimeout ?? (config.requestTimeout ?? 2e3) + (config.connectionTimeout ?? 1e3));
                    const queryString = request.query ? (0, protocols.buildQueryString)(request.query) : "";
                    let auth;
                    null == request.username && null == request.password || (auth = `${request.username ?? ""}:${request.password ?? ""}`);
                    let path = request.path;
                    queryString && (path += `?${queryString}`), request.fragment && (path += `#${request.fragment}`);
                    let hostname = request.hostname ?? "";
                    hostname = "[" === hostname[0] && hostname.endsWith("]") ? request.hostname.slice(1, -1) : request.hostname;
                    const nodeHttpsOptions = {
                        headers: request.headers,
                        host: hostname,
                        method: request.method,
                        path: path,
                        port: request.port,
                        agent: agent,
                        auth: auth
                    }, req = (isSSL ? external_node_https_default().request : hRequest)(nodeHttpsOptions, res => {
                        (async arg => {
                            await writeRequestBodyPromise, clearTimeouts(), _resolve(arg);
                        })({
                            response: new protocols.HttpResponse({
                                statusCode: res.statusCode || -1,
                                reason: res.statusMessage,
                                headers: (0, get_transformed_headers.u)(res.headers),
                                body: res
                            })
                        });
                    });
                    if (req.on("error", err => {
                        NODEJS_TIMEOUT_ERROR_CODES.includes(err.code) ? reject(Object.assign(err, {
                            name: "TimeoutError"
                        })) : reject(err);
                    }), abortSignal) {
                        const onAbort = () => {
                            req.destroy();
                            const abortError = (0, build_abort_error.F)(abortSignal);
                            reject(abortError);
                        };
                        if ("function" == typeof abortSignal.addEventListener) {
                            const signal = abortSignal;
                            signal.addEventListener("abort", onAbort, {
                                once: !0
                            }), req.once("close", () => signal.removeEventListener("abort", onAbort));
                        } else abortSignal.onabort = onAbort;
                    }
                    const effectiveRequestTimeout = requestTimeout ?? config.requestTimeout;
                    connectionTimeoutId = ((request, reject, timeoutInMs = 0) => {
                        if (!timeoutInMs) return -1;
                        const registerTimeout = offset => {
                            const timeoutId = timing.N.setTimeout(() => {
                                request.destroy(), reject(Object.assign(new Error(`@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${timeoutInMs} ms.`), {
                                    name: "TimeoutError"
                                }));
                            }, timeoutInMs - offset), doWithSocket = socket => {
                                socket?.connecting ? socket.on("connect", () => {
                                    timing.N.clearTimeout(timeoutId);
                                }) : timing.N.clearTimeout(timeoutId);
                            };
                            request.socket ? doWithSocket(request.socket) : request.on("socket", doWithSocket);
                        };
                        return timeoutInMs < 2e3 ? (registerTimeout(0), 0) : timing.N.setTimeout(registerTimeout.bind(null, 1e3), 1e3);
                    })(req, reject, config.connectionTimeout), requestTimeoutId = ((req, reject, timeoutInMs = 0, throwOnRequestTimeout, logger) => timeoutInMs ? timing.N.setTimeout(() => {
                        let msg = `@smithy/node-http-handler - [${throwOnRequestTimeout ? "ERROR" : "WARN"}] a request has exceeded the configured ${timeoutInMs} ms requestTimeout.`;
                        if (throwOnRequestTimeout) {
                            const error = Object.assign(new Error(msg), {
                                name: "TimeoutError",
                                code: "ETIMEDOUT"
                            });
                            req.destroy(error), reject(error);
                        } else msg += " Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.", 
                        logger?.warn?.(msg);
                    }, timeoutInMs) : -1)(req, reject, effectiveRequestTimeout, config.throwOnRequestTimeout, logger ?? console);
                    const defaultSocketTimeout = void 0 === config.socketTimeout ? (0, resolve_default_socket_timeout.U)(config) : void 0;
                    defaultSocketTimeout ? setSocketTimeout(req, reject, defaultSocketTimeout, !0) : setSocketTimeout(req, reject, config.socketTimeout);
                    const httpAgent = nodeHttpsOptions.agent;
                    "object" == typeof httpAgent && "keepAlive" in httpAgent && (keepAliveTimeoutId = ((request, {keepAlive: keepAlive, keepAliveMsecs: keepAliveMsecs}, deferTimeMs = 3e3) => {
                        if (!0 !== keepAlive) return -1;
                        const registerListener = () => {
                            request.socket ? request.socket.setKeepAlive(keepAlive, keepAliveMsecs || 0) : request.on("socket", socket => {
                                socket.setKeepAlive(keepAlive, keepAliveMsecs || 0);
                            });
                        };
                        return 0 === deferTimeMs ? (registerListener(), 0) : timing.N.setTimeout(registerListener, deferTimeMs);
                    })(req, {
                        keepAlive: httpAgent.keepAlive,
                        keepAliveMsecs: httpAgent.keepAliveMsecs
                    })), writeRequestBodyPromise = (0, write_request_body.f)(req, request, effectiveRequestTimeout, this.externalAgent).catch(e => (clearTimeouts(), 
                    _reject(e)));
                });
            }
            updateHttpClientConfig(key, value) {
                this.config = void 0, this.configProvider = this.configProvider.then(config => {
                    switch (key) {
                      case Symbol.for("logger"):
                        key = "logger", value = config.logger ?? value;
                        break;

                      case Symbol.for("@smithy/defaultSocketTimeout"):
                        key = "defaultSocketTimeout", value = (0, resolve_default_socket_timeout.U)(config) ?? value;
                    }
                    return {
                        ...config,
                        [key]: value
                    };
                });
            }
            httpHandlerConfigs() {
                return this.config ?? {};
            }
            resolveDefaultConfig(options) {
                const {requestTimeout: requestTimeout, connectionTimeout: connectionTimeout, socketTimeout: socketTimeout, socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout, httpAgent: httpAgent, httpsAgent: httpsAgent, throwOnRequestTimeout: throwOnRequestTimeout, logger: logger} = options || {};
                let httpAgentPromise;
                return {
                    connectionTimeout: connectionTimeout,
                    requestTimeout: requestTimeout,
                    socketTimeout: socketTimeout,
                    defaultSocketTimeout: (0, resolve_default_socket_timeout.U)(options),
                    socketAcquisitionWarningTimeout: socketAcquisitionWarningTimeout,
                    throwOnRequestTimeout: throwOnRequestTimeout,
                    httpAgentProvider: () => httpAgentPromise ??= (async () => {
                        const node_http = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 7067, 23)), {Agent: Agent, request: request} = node_http.default ?? node_http;
                        return hRequest = request, hAgent = Agent, httpAgent instanceof hAgent || "function" == typeof httpAgent?.destroy ? (this.externalAgent = !0, 
                        httpAgent) : new hAgent({
                            keepAlive: !0,
                            maxSockets: 50,
                            ...httpAgent
                        });
                    })(),
                    httpsAgent: (() => httpsAgent instanceof external_node_https_default().Agent || "function" == typeof httpsAgent?.destroy ? (this.externalAgent = !0, 
                    httpsAgent) : new (external_node_https_default().Agent)({
                        keepAlive: !0,
                        maxSockets: 50,
                        ...httpsAgent
                    }))(),
                    logger: logger
                };
            }
        }
    },
    2687: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            U: () => resolveDefaultSocketTimeout
        });
        const resolveDefaultSocketTimeout = config => {
            const value = config?.defaultSocketTimeout;
            return "number" == typeof value && Number.isFinite(value) && value > 0 ? value : void 0;
        };
    },
    4957: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            N: () => timing
        });
        const timing = {
            setTimeout: (cb, ms) => setTimeout(cb, ms),
            clearTimeout: timeoutId => clearTimeout(timeoutId)
        };
    },
    1849: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            f: () => writeRequestBody
        });
        var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075), _timing__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4957);
        const MIN_WAIT_TIME = 6e3;
        async function writeRequestBody(httpRequest, request, maxContinueTimeoutMs = MIN_WAIT_TIME, externalAgent = !1) {
            const headers = request.headers, expect = headers ? headers.Expect || headers.expect : void 0;
            let timeoutId = -1, sendBody = !0;
            externalAgent || "100-continue" !== expect || (sendBody = await Promise.race([ new Promise(resolve => {
                timeoutId = Number(_timing__WEBPACK_IMPORTED_MODULE_1__.N.setTimeout(() => resolve(!0), Math.max(MIN_WAIT_TIME, maxContinueTimeoutMs)));
            }), new Promise(resolve => {
                httpRequest.on("continue", () => {
                    _timing__WEBPACK_IMPORTED_MODULE_1__.N.clearTimeout(timeoutId), resolve(!0);
                }), httpRequest.on("response", () => {
                    _timing__WEBPACK_IMPORTED_MODULE_1__.N.clearTimeout(timeoutId), resolve(!1);
                }), httpRequest.on("error", () => {
                    _timing__WEBPACK_IMPORTED_MODULE_1__.N.clearTimeout(timeoutId), resolve(!1);
                });
            }) ])), sendBody && function(httpRequest, body) {
                if (body instanceof node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable) body.pipe(httpRequest); else {
                    if (body) {
                        const isBuffer = Buffer.isBuffer(body);
                        if (isBuffer || "string" == typeof body) return void (isBuffer && 0 === body.byteLength ? httpRequest.end() : httpRequest.end(body));
                        const uint8 = body;
                        return "object" == typeof uint8 && uint8.buffer && "number" == typeof uint8.byteOffset && "number" == typeof uint8.byteLength ? void httpRequest.end(Buffer.from(uint8.buffer, uint8.byteOffset, uint8.byteLength)) : void httpRequest.end(Buffer.from(body));
                    }
                    httpRequest.end();
                }
            }(httpRequest, request.body);
        }
    },
    7550: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            B: () => SignatureV4
        });
        var HEADER_VALUE_TYPE, serde = __webpack_require__(2430);
        class HeaderFormatter {
            format(headers) {
                const chunks = [];
                for (const headerName in headers) {
                    if (!(0, serde.hasOwn)(headers, headerName)) continue;
                    const bytes = (0, serde.fromUtf8)(headerName);
                    chunks.push(Uint8Array.from([ bytes.byteLength ]), bytes, this.formatHeaderValue(headers[headerName]));
                }
                const out = new Uint8Array(chunks.reduce((carry, bytes) => carry + bytes.byteLength, 0));
                let position = 0;
                for (const chunk of chunks) out.set(chunk, position), position += chunk.byteLength;
                return out;
            }
            formatHeaderValue(header) {
                switch (header.type) {
                  case "boolean":
                    return Uint8Array.from([ header.value ? 0 : 1 ]);

                  case "byte":
                    return Uint8Array.from([ 2, header.value ]);

                  case "short":
                    const shortView = new DataView(new ArrayBuffer(3));
                    return shortView.setUint8(0, 3), shortView.setInt16(1, header.value, !1), new Uint8Array(shortView.buffer);

                  case "integer":
                    const intView = new DataView(new ArrayBuffer(5));
                    return intView.setUint8(0, 4), intView.setInt32(1, header.value, !1), new Uint8Array(intView.buffer);

                  case "long":
                    const longBytes = new Uint8Array(9);
                    return longBytes[0] = 5, longBytes.set(header.value.bytes, 1), longBytes;

                  case "binary":
                    const binView = new DataView(new ArrayBuffer(3 + header.value.byteLength));
                    binView.setUint8(0, 6), binView.setUint16(1, header.value.byteLength, !1);
                    const binBytes = new Uint8Array(binView.buffer);
                    return binBytes.set(header.value, 3), binBytes;

                  case "string":
                    const utf8Bytes = (0, serde.fromUtf8)(header.value), strView = new DataView(new ArrayBuffer(3 + utf8Bytes.byteLength));
                    strView.setUint8(0, 7), strView.setUint16(1, utf8Bytes.byteLength, !1);
                    const strBytes = new Uint8Array(strView.buffer);
                    return strBytes.set(utf8Bytes, 3), strBytes;

                  case "timestamp":
                    const tsBytes = new Uint8Array(9);
                    return tsBytes[0] = 8, tsBytes.set(Int64.fromNumber(header.value.valueOf()).bytes, 1), 
                    tsBytes;

                  case "uuid":
                    if (!UUID_PATTERN.test(header.value)) throw new Error(`Invalid UUID received: ${header.value}`);
                    const uuidBytes = new Uint8Array(17);
                    return uuidBytes[0] = 9, uuidBytes.set((0, serde.fromHex)(header.value.replace(/-/g, "")), 1), 
                    uuidBytes;
                }
            }
        }
        !function(HEADER_VALUE_TYPE) {
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.boolTrue = 0] = "boolTrue", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.boolFalse = 1] = "boolFalse", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.byte = 2] = "byte", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.short = 3] = "short", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.integer = 4] = "integer", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.long = 5] = "long", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.byteArray = 6] = "byteArray", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.string = 7] = "string", 
            HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.timestamp = 8] = "timestamp", HEADER_VALUE_TYPE[HEADER_VALUE_TYPE.uuid = 9] = "uuid";
        }(HEADER_VALUE_TYPE || (HEADER_VALUE_TYPE = {}));
        const UUID_PATTERN = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/;
        class Int64 {
            bytes;
            constructor(bytes) {
                if (this.bytes = bytes, 8 !== bytes.byteLength) throw new Error("Int64 buffers must be exactly 8 bytes");
            }
            static fromNumber(number) {
                if (number > 0x8000000000000000 || number < -0x8000000000000000) throw new Error(`${number} is too large (or, if negative, too small) to represent as an Int64`);
                const bytes = new Uint8Array(8);
                for (let i = 7, remaining = Math.abs(Math.round(number)); i > -1 && remaining > 0; i--, 
                remaining /= 256) bytes[i] = remaining;
                return number < 0 && negate(bytes), new Int64(bytes);
            }
            valueOf() {
                const bytes = this.bytes.slice(0), negative = 128 & bytes[0];
                return negative && negate(bytes), parseInt((0, serde.toHex)(bytes), 16) * (negative ? -1 : 1);
            }
            toString() {
                return String(this.valueOf());
            }
        }
        function negate(bytes) {
            for (let i = 0; i < 8; i++) bytes[i] ^= 255;
            for (let i = 7; i > -1 && (bytes[i]++, 0 === bytes[i]); i--) ;
        }
        var SignatureV4Base = __webpack_require__(778), constants = __webpack_require__(7749), credentialDerivation = __webpack_require__(1910), getCanonicalHeaders = __webpack_require__(6172), getPayloadHash = __webpack_require__(6660), headerUtil = __webpack_require__(1923), moveHeadersToQuery = __webpack_require__(6186), prepareRequest = __webpack_require__(9318);
        class SignatureV4 extends SignatureV4Base.y {
            headerFormatter=new HeaderFormatter;
            constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = !0}) {
                super({
                    applyChecksum: applyChecksum,
                    credentials: credentials,
                    region: region,
                    service: service,
                    sha256: sha256,
                    uriEscapePath: uriEscapePath
                });
            }
            async presign(originalRequest, options = {}) {
                const {signingDate: signingDate = new Date, expiresIn: expiresIn = 3600, unsignableHeaders: unsignableHeaders, unhoistableHeaders: unhoistableHeaders, signableHeaders: signableHeaders, hoistableHeaders: hoistableHeaders, signingRegion: signingRegion, signingService: signingService} = options, credentials = await this.credentialProvider();
                this.validateResolvedCredentials(credentials);
                const region = signingRegion ?? await this.regionProvider(), {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate);
                if (expiresIn > constants.Uv) return Promise.reject("Signature version 4 presigned URLs must have an expiration date less than one week in the future");
                const scope = (0, credentialDerivation.Ds)(shortDate, region, signingService ?? this.service), request = (0, 
                moveHeadersToQuery.b)((0, prepareRequest.n)(originalRequest), {
                    unhoistableHeaders: unhoistableHeaders,
                    hoistableHeaders: hoistableHeaders
                });
                credentials.sessionToken && (request.query[constants.r2] = credentials.sessionToken), 
                request.query[constants.XI] = constants.SG, request.query[constants.tI] = `${credentials.accessKeyId}/${scope}`, 
                request.query[constants.Zs] = longDate, request.query[constants.MS] = expiresIn.toString(10);
                const canonicalHeaders = (0, getCanonicalHeaders.H)(request, unsignableHeaders, signableHeaders);
                return request.query[constants.FY] = this.getCanonicalHeaderList(canonicalHeaders), 
                request.query[constants.cR] = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, await (0, 
                getPayloadHash.p)(originalRequest, this.sha256))), request;
            }
            async sign(toSign, options) {
                return "string" == typeof toSign ? this.signString(toSign, options) : toSign.headers && toSign.payload ? this.signEvent(toSign, options) : toSign.message ? this.signMessage(toSign, options) : this.signRequest(toSign, options);
            }
            async signEvent({headers: headers, payload: payload}, {signingDate: signingDate = new Date, priorSignature: priorSignature, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
                const region = signingRegion ?? await this.regionProvider(), {shortDate: shortDate, longDate: longDate} = this.formatDate(signingDate), scope = (0, 
                credentialDerivation.Ds)(shortDate, region, signingService ?? this.service), hashedPayload = await (0, 
                getPayloadHash.p)({
                    headers: {},
                    body: payload
                }, this.sha256), hash = new this.sha256;
                hash.update(headers);
                const hashedHeaders = (0, serde.toHex)(await hash.digest()), stringToSign = [ constants.r1, longDate, scope, priorSignature, hashedHeaders, hashedPayload ].join("\n");
                return this.signString(stringToSign, {
                    signingDate: signingDate,
                    signingRegion: region,
                    signingService: signingService,
                    eventStreamCredentials: eventStreamCredentials
                });
            }
            async signMessage(signableMessage, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials}) {
                return this.signEvent({
                    headers: this.headerFormatter.format(signableMessage.message.headers),
                    payload: signableMessage.message.body
                }, {
                    signingDate: signingDate,
                    signingRegion: signingRegion,
                    signingService: signingService,
                    priorSignature: signableMessage.priorSignature,
                    eventStreamCredentials: eventStreamCredentials
                }).then(signature => ({
                    message: signableMessage.message,
                    signature: signature
                }));
            }
            async signString(stringToSign, {signingDate: signingDate = new Date, signingRegion: signingRegion, signingService: signingService, eventStreamCredentials: eventStreamCredentials} = {}) {
                const credentials = eventStreamCredentials ?? await this.credentialProvider();
                this.validateResolvedCredentials(credentials);
                const region = signingRegion ?? await this.regionProvider(), {shortDate: shortDate} = this.formatDate(signingDate), hash = new this.sha256(await this.getSigningKey(credentials, region, shortDate, signingService));
                return hash.update((0, serde.toUint8Array)(stringToSign)), (0, serde.toHex)(await hash.digest());
            }
            async signRequest(requestToSign, {signingDate: signingDate = new Date, signableHeaders: signableHeaders, unsignableHeaders: unsignableHeaders, signingRegion: signingRegion, signingService: signingService} = {}) {
                const credentials = await this.credentialProvider();
                this.validateResolvedCredentials(credentials);
                const region = signingRegion ?? await this.regionProvider(), request = (0, prepareRequest.n)(requestToSign), {longDate: longDate, shortDate: shortDate} = this.formatDate(signingDate), scope = (0, 
                credentialDerivation.Ds)(shortDate, region, signingService ?? this.service);
                request.headers[constants.ot] = longDate, credentials.sessionToken && (request.headers[constants.wE] = credentials.sessionToken);
                const payloadHash = await (0, getPayloadHash.p)(request, this.sha256);
                !(0, headerUtil.ou)(constants.Wd, request.headers) && this.applyChecksum && (request.headers[constants.Wd] = payloadHash);
                const canonicalHeaders = (0, getCanonicalHeaders.H)(request, unsignableHeaders, signableHeaders), signature = await this.getSignature(longDate, scope, this.getSigningKey(credentials, region, shortDate, signingService), this.createCanonicalRequest(request, canonicalHeaders, payloadHash));
                return request.headers[constants.H1] = `${constants.SG} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${this.getCanonicalHeaderList(canonicalHeaders)}, Signature=${signature}`, 
                request;
            }
            async getSignature(longDate, credentialScope, keyPromise, canonicalRequest) {
                const stringToSign = await this.createStringToSign(longDate, credentialScope, canonicalRequest, constants.SG), hash = new this.sha256(await keyPromise);
                return hash.update((0, serde.toUint8Array)(stringToSign)), (0, serde.toHex)(await hash.digest());
            }
            getSigningKey(credentials, region, shortDate, service) {
                return (0, credentialDerivation.Xf)(this.sha256, credentials, shortDate, region, service || this.service);
            }
        }
    },
    778: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            y: () => SignatureV4Base
        });
        var client = __webpack_require__(2658), protocols = __webpack_require__(3422), serde = __webpack_require__(2430), getCanonicalQuery = __webpack_require__(1838);
        class SignatureV4Base {
            service;
            regionProvider;
            credentialProvider;
            sha256;
            uriEscapePath;
            applyChecksum;
            constructor({applyChecksum: applyChecksum, credentials: credentials, region: region, service: service, sha256: sha256, uriEscapePath: uriEscapePath = !0}) {
                this.service = service, this.sha256 = sha256, this.uriEscapePath = uriEscapePath, 
                this.applyChecksum = "boolean" != typeof applyChecksum || applyChecksum, this.regionProvider = (0, 
                client.normalizeProvider)(region), this.credentialProvider = (0, client.normalizeProvider)(credentials);
            }
            createCanonicalRequest(request, canonicalHeaders, payloadHash) {
                const sortedHeaders = Object.keys(canonicalHeaders).sort();
                return `${request.method}\n${this.getCanonicalPath(request)}\n${(0, getCanonicalQuery.$)(request)}\n${sortedHeaders.map(name => `${name}:${canonicalHeaders[name]}`).join("\n")}\n\n${sortedHeaders.join(";")}\n${payloadHash}`;
            }
            async createStringToSign(longDate, credentialScope, canonicalRequest, algorithmIdentifier) {
                const hash = new this.sha256;
                hash.update((0, serde.toUint8Array)(canonicalRequest));
                const hashedRequest = await hash.digest();
                return `${algorithmIdentifier}\n${longDate}\n${credentialScope}\n${(0, serde.toHex)(hashedRequest)}`;
            }
            getCanonicalPath({path: path}) {
                if (this.uriEscapePath) {
                    const normalizedPathSegments = [];
                    for (const pathSegment of path.split("/")) 0 !== pathSegment?.length && "." !== pathSegment && (".." === pathSegment ? normalizedPathSegments.pop() : normalizedPathSegments.push(pathSegment));
                    const normalizedPath = `${path?.startsWith("/") ? "/" : ""}${normalizedPathSegments.join("/")}${normalizedPathSegments.length > 0 && path?.endsWith("/") ? "/" : ""}`;
                    return (0, protocols.escapeUri)(normalizedPath).replace(/%2F/g, "/");
                }
                return path;
            }
            validateResolvedCredentials(credentials) {
                if ("object" != typeof credentials || "string" != typeof credentials.accessKeyId || "string" != typeof credentials.secretAccessKey) throw new Error("Resolved credential object is not valid");
            }
            formatDate(now) {
                const longDate = (time = now, (time => "number" == typeof time ? new Date(1e3 * time) : "string" == typeof time ? Number(time) ? new Date(1e3 * Number(time)) : new Date(time) : time)(time).toISOString().replace(/\.\d{3}Z$/, "Z")).replace(/[-:]/g, "");
                var time;
                return {
                    longDate: longDate,
                    shortDate: longDate.slice(0, 8)
                };
            }
            getCanonicalHeaderList(headers) {
                return Object.keys(headers).sort().join(";");
            }
        }
    },
    7749: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            D8: () => SIGNATURE_HEADER,
            FY: () => SIGNED_HEADERS_QUERY_PARAM,
            H1: () => AUTH_HEADER,
            Ir: () => PROXY_HEADER_PATTERN,
            J9: () => DATE_HEADER,
            Jp: () => UNSIGNABLE_PATTERNS,
            MS: () => EXPIRES_QUERY_PARAM,
            SG: () => ALGORITHM_IDENTIFIER,
            SN: () => ALWAYS_UNSIGNABLE_HEADERS,
            Uv: () => MAX_PRESIGNED_TTL,
            VQ: () => KEY_TYPE_IDENTIFIER,
            Wd: () => SHA256_HEADER,
            XI: () => ALGORITHM_QUERY_PARAM,
            Zs: () => AMZ_DATE_QUERY_PARAM,
            cR: () => SIGNATURE_QUERY_PARAM,
            g5: () => MAX_CACHE_SIZE,
            ku: () => ALGORITHM_IDENTIFIER_V4A,
            lP: () => SEC_HEADER_PATTERN,
            oB: () => REGION_SET_PARAM,
            ot: () => AMZ_DATE_HEADER,
            pj: () => GENERATED_HEADERS,
            r1: () => EVENT_ALGORITHM_IDENTIFIER,
            r2: () => TOKEN_QUERY_PARAM,
            tI: () => CREDENTIAL_QUERY_PARAM,
            wE: () => TOKEN_HEADER,
            z8: () => UNSIGNED_PAYLOAD,
            zX: () => HOST_HEADER
        });
        const ALGORITHM_QUERY_PARAM = "X-Amz-Algorithm", CREDENTIAL_QUERY_PARAM = "X-Amz-Credential", AMZ_DATE_QUERY_PARAM = "X-Amz-Date", SIGNED_HEADERS_QUERY_PARAM = "X-Amz-SignedHeaders", EXPIRES_QUERY_PARAM = "X-Amz-Expires", SIGNATURE_QUERY_PARAM = "X-Amz-Signature", TOKEN_QUERY_PARAM = "X-Amz-Security-Token", REGION_SET_PARAM = "X-Amz-Region-Set", AUTH_HEADER = "authorization", AMZ_DATE_HEADER = AMZ_DATE_QUERY_PARAM.toLowerCase(), DATE_HEADER = "date", GENERATED_HEADERS = [ AUTH_HEADER, AMZ_DATE_HEADER, DATE_HEADER ], SIGNATURE_HEADER = SIGNATURE_QUERY_PARAM.toLowerCase(), SHA256_HEADER = "x-amz-content-sha256", TOKEN_HEADER = TOKEN_QUERY_PARAM.toLowerCase(), HOST_HEADER = "host", ALWAYS_UNSIGNABLE_HEADERS = {
            authorization: !0,
            "cache-control": !0,
            connection: !0,
            expect: !0,
            from: !0,
            "keep-alive": !0,
            "max-forwards": !0,
            pragma: !0,
            referer: !0,
            te: !0,
            trailer: !0,
            "transfer-encoding": !0,
            upgrade: !0,
            "user-agent": !0,
            "x-amzn-trace-id": !0
        }, PROXY_HEADER_PATTERN = /^proxy-/, SEC_HEADER_PATTERN = /^sec-/, UNSIGNABLE_PATTERNS = [ /^proxy-/i, /^sec-/i ], ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256", ALGORITHM_IDENTIFIER_V4A = "AWS4-ECDSA-P256-SHA256", EVENT_ALGORITHM_IDENTIFIER = "AWS4-HMAC-SHA256-PAYLOAD", UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD", MAX_CACHE_SIZE = 50, KEY_TYPE_IDENTIFIER = "aws4_request", MAX_PRESIGNED_TTL = 604800;
    },
    1910: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            Ds: () => createScope,
            HK: () => clearCredentialCache,
            Xf: () => getSigningKey
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430), _constants__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7749);
        const signingKeyCache = {}, cacheQueue = [], createScope = (shortDate, region, service) => `${shortDate}/${region}/${service}/${_constants__WEBPACK_IMPORTED_MODULE_0__.VQ}`, getSigningKey = async (sha256Constructor, credentials, shortDate, region, service) => {
            const credsHash = await hmac(sha256Constructor, credentials.secretAccessKey, credentials.accessKeyId), cacheKey = `${shortDate}:${region}:${service}:${(0, 
            _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.toHex)(credsHash)}:${credentials.sessionToken}`;
            if (cacheKey in signingKeyCache) return signingKeyCache[cacheKey];
            for (cacheQueue.push(cacheKey); cacheQueue.length > _constants__WEBPACK_IMPORTED_MODULE_0__.g5; ) delete signingKeyCache[cacheQueue.shift()];
            let key = `AWS4${credentials.secretAccessKey}`;
            for (const signable of [ shortDate, region, service, _constants__WEBPACK_IMPORTED_MODULE_0__.VQ ]) key = await hmac(sha256Constructor, key, signable);
            return signingKeyCache[cacheKey] = key;
        }, clearCredentialCache = () => {
            cacheQueue.length = 0, Object.keys(signingKeyCache).forEach(cacheKey => {
                delete signingKeyCache[cacheKey];
            });
        }, hmac = (ctor, secret, data) => {
            const hash = new ctor(secret);
            return hash.update((0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.toUint8Array)(data)), 
            hash.digest();
        };
    },
    6172: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            H: () => getCanonicalHeaders
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430), _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
        const getCanonicalHeaders = ({headers: headers}, unsignableHeaders, signableHeaders) => {
            const canonical = {};
            for (const headerName of Object.keys(headers).sort()) {
                if (null == headers[headerName]) continue;
                const canonicalHeaderName = headerName.toLowerCase();
                ((0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(_constants__WEBPACK_IMPORTED_MODULE_1__.SN, canonicalHeaderName) || unsignableHeaders?.has(canonicalHeaderName) || _constants__WEBPACK_IMPORTED_MODULE_1__.Ir.test(canonicalHeaderName) || _constants__WEBPACK_IMPORTED_MODULE_1__.lP.test(canonicalHeaderName)) && (!signableHeaders || signableHeaders && !signableHeaders.has(canonicalHeaderName)) || ("__proto__" === canonicalHeaderName && (0, 
                _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.writeKey)(canonical), canonical[canonicalHeaderName] = headers[headerName].replace(/[\r\n]/g, " ").replace(/[ \t]+/g, " ").replace(/^ | $/g, ""));
            }
            return canonical;
        };
    },
    1838: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            $: () => getCanonicalQuery
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430), _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3422), _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
        const getCanonicalQuery = ({query: query = {}}) => {
            const keys = [], serialized = {};
            for (const key in query) {
                if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(query, key)) continue;
                if (key.toLowerCase() === _constants__WEBPACK_IMPORTED_MODULE_1__.D8) continue;
                const encodedKey = (0, _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__.escapeUri)(key);
                keys.push(encodedKey);
                const value = query[key];
                "string" == typeof value ? serialized[encodedKey] = `${encodedKey}=${(0, _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__.escapeUri)(value)}` : Array.isArray(value) && (serialized[encodedKey] = value.slice(0).reduce((encoded, value) => encoded.concat([ `${encodedKey}=${(0, 
                _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_2__.escapeUri)(value)}` ]), []).sort().join("&"));
            }
            return keys.sort().map(key => serialized[key]).filter(serialized => serialized).join("&");
        };
    },
    6660: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            p: () => getPayloadHash
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430), _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749);
        const getPayloadHash = async ({headers: headers, body: body}, hashConstructor) => {
            for (const headerName in headers) if ((0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(headers, headerName) && headerName.toLowerCase() === _constants__WEBPACK_IMPORTED_MODULE_1__.Wd) return headers[headerName];
            if (null == body) return "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
            if ("string" == typeof body || ArrayBuffer.isView(body) || (0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.isArrayBuffer)(body)) {
                const hashCtor = new hashConstructor;
                return hashCtor.update((0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.toUint8Array)(body)), 
                (0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.toHex)(await hashCtor.digest());
            }
            return _constants__WEBPACK_IMPORTED_MODULE_1__.z8;
        };
    },
    1923: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            ou: () => hasHeader
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2430);
        const hasHeader = (soughtHeader, headers) => {
            soughtHeader = soughtHeader.toLowerCase();
            for (const headerName in headers) if ((0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_0__.hasOwn)(headers, headerName) && soughtHeader === headerName.toLowerCase()) return !0;
            return !1;
        };
    },
    8736: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__), __webpack_require__.d(__webpack_exports__, {
            ALGORITHM_IDENTIFIER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.SG,
            ALGORITHM_IDENTIFIER_V4A: () => _constants__WEBPACK_IMPORTED_MODULE_1__.ku,
            ALGORITHM_QUERY_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.XI,
            ALWAYS_UNSIGNABLE_HEADERS: () => _constants__WEBPACK_IMPORTED_MODULE_1__.SN,
            AMZ_DATE_HEADER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.ot,
            AMZ_DATE_QUERY_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.Zs,
            AUTH_HEADER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.H1,
            CREDENTIAL_QUERY_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.tI,
            DATE_HEADER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.J9,
            EVENT_ALGORITHM_IDENTIFIER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.r1,
            EXPIRES_QUERY_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.MS,
            GENERATED_HEADERS: () => _constants__WEBPACK_IMPORTED_MODULE_1__.pj,
            HOST_HEADER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.zX,
            KEY_TYPE_IDENTIFIER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.VQ,
            MAX_CACHE_SIZE: () => _constants__WEBPACK_IMPORTED_MODULE_1__.g5,
            MAX_PRESIGNED_TTL: () => _constants__WEBPACK_IMPORTED_MODULE_1__.Uv,
            PROXY_HEADER_PATTERN: () => _constants__WEBPACK_IMPORTED_MODULE_1__.Ir,
            REGION_SET_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.oB,
            SEC_HEADER_PATTERN: () => _constants__WEBPACK_IMPORTED_MODULE_1__.lP,
            SHA256_HEADER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.Wd,
            SIGNATURE_HEADER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.D8,
            SIGNATURE_QUERY_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.cR,
            SIGNED_HEADERS_QUERY_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.FY,
            SignatureV4: () => _SignatureV4__WEBPACK_IMPORTED_MODULE_0__.B,
            SignatureV4Base: () => _SignatureV4Base__WEBPACK_IMPORTED_MODULE_8__.y,
            TOKEN_HEADER: () => _constants__WEBPACK_IMPORTED_MODULE_1__.wE,
            TOKEN_QUERY_PARAM: () => _constants__WEBPACK_IMPORTED_MODULE_1__.r2,
            UNSIGNABLE_PATTERNS: () => _constants__WEBPACK_IMPORTED_MODULE_1__.Jp,
            UNSIGNED_PAYLOAD: () => _constants__WEBPACK_IMPORTED_MODULE_1__.z8,
            clearCredentialCache: () => _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__.HK,
            createScope: () => _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__.Ds,
            getCanonicalHeaders: () => _getCanonicalHeaders__WEBPACK_IMPORTED_MODULE_2__.H,
            getCanonicalQuery: () => _getCanonicalQuery__WEBPACK_IMPORTED_MODULE_3__.$,
            getPayloadHash: () => _getPayloadHash__WEBPACK_IMPORTED_MODULE_4__.p,
            getSigningKey: () => _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__.Xf,
            hasHeader: () => _headerUtil__WEBPACK_IMPORTED_MODULE_9__.ou,
            moveHeadersToQuery: () => _moveHeadersToQuery__WEBPACK_IMPORTED_MODULE_5__.b,
            prepareRequest: () => _prepareRequest__WEBPACK_IMPORTED_MODULE_6__.n,
            signatureV4aContainer: () => _signature_v4a_container__WEBPACK_IMPORTED_MODULE_10__.d
        });
        var _SignatureV4__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7550), _constants__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7749), _getCanonicalHeaders__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6172), _getCanonicalQuery__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1838), _getPayloadHash__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6660), _moveHeadersToQuery__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6186), _prepareRequest__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9318), _credentialDerivation__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1910), _SignatureV4Base__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(778), _headerUtil__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1923), _signature_v4a_container__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3504);
    },
    6186: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            b: () => moveHeadersToQuery
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430), _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3422);
        const moveHeadersToQuery = (request, options = {}) => {
            const {headers: headers, query: query = {}} = _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__.HttpRequest.clone(request);
            for (const name in headers) {
                if (!(0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.hasOwn)(headers, name)) continue;
                const lname = name.toLowerCase();
                ("x-amz-" === lname.slice(0, 6) && !options.unhoistableHeaders?.has(lname) || options.hoistableHeaders?.has(lname)) && (query[name] = headers[name], 
                delete headers[name]);
            }
            return {
                ...request,
                headers: headers,
                query: query
            };
        };
    },
    9318: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            n: () => prepareRequest
        });
        var _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2430), _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3422), _constants__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7749);
        const prepareRequest = request => {
            request = _smithy_core_protocols__WEBPACK_IMPORTED_MODULE_0__.HttpRequest.clone(request);
            for (const headerName in request.headers) (0, _smithy_core_serde__WEBPACK_IMPORTED_MODULE_1__.hasOwn)(request.headers, headerName) && _constants__WEBPACK_IMPORTED_MODULE_2__.pj.indexOf(headerName.toLowerCase()) > -1 && delete request.headers[headerName];
            return request;
        };
    },
    3504: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            d: () => signatureV4aContainer
        });
        const signatureV4aContainer = {
            SignatureV4a: null
        };
    },
    5662: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        var HttpApiKeyAuthLocation, HttpAuthLocation, EndpointURLScheme, AlgorithmId;
        __webpack_require__.r(__webpack_exports__), __webpack_require__.d(__webpack_exports__, {
            AlgorithmId: () => AlgorithmId,
            EndpointURLScheme: () => EndpointURLScheme,
            FieldPosition: () => FieldPosition,
            HttpApiKeyAuthLocation: () => HttpApiKeyAuthLocation,
            HttpAuthLocation: () => HttpAuthLocation,
            IniSectionType: () => IniSectionType,
            RequestHandlerProtocol: () => RequestHandlerProtocol,
            SMITHY_CONTEXT_KEY: () => SMITHY_CONTEXT_KEY,
            getDefaultClientConfiguration: () => getDefaultClientConfiguration,
            resolveDefaultRuntimeConfig: () => resolveDefaultRuntimeConfig
        }), function(HttpApiKeyAuthLocation) {
            HttpApiKeyAuthLocation.HEADER = "header", HttpApiKeyAuthLocation.QUERY = "query";
        }(HttpApiKeyAuthLocation || (HttpApiKeyAuthLocation = {})), function(HttpAuthLocation) {
            HttpAuthLocation.HEADER = "header", HttpAuthLocation.QUERY = "query";
        }(HttpAuthLocation || (HttpAuthLocation = {})), function(EndpointURLScheme) {
            EndpointURLScheme.HTTP = "http", EndpointURLScheme.HTTPS = "https";
        }(EndpointURLScheme || (EndpointURLScheme = {})), function(AlgorithmId) {
            AlgorithmId.MD5 = "md5", AlgorithmId.CRC32 = "crc32", AlgorithmId.CRC32C = "crc32c", 
            AlgorithmId.SHA1 = "sha1", AlgorithmId.SHA256 = "sha256";
        }(AlgorithmId || (AlgorithmId = {}));
        const getDefaultClientConfiguration = runtimeConfig => (runtimeConfig => {
            const checksumAlgorithms = [];
            return void 0 !== runtimeConfig.sha256 && checksumAlgorithms.push({
                algorithmId: () => AlgorithmId.SHA256,
                checksumConstructor: () => runtimeConfig.sha256
            }), null != runtimeConfig.md5 && checksumAlgorithms.push({
                algorithmId: () => AlgorithmId.MD5,
                checksumConstructor: () => runtimeConfig.md5
            }), {
                addChecksumAlgorithm(algo) {
                    checksumAlgorithms.push(algo);
                },
                checksumAlgorithms: () => checksumAlgorithms
            };
        })(runtimeConfig), resolveDefaultRuntimeConfig = config => (clientConfig => {
            const runtimeConfig = {};
            return clientConfig.checksumAlgorithms().forEach(checksumAlgorithm => {
                runtimeConfig[checksumAlgorithm.algorithmId()] = checksumAlgorithm.checksumConstructor();
            }), runtimeConfig;
        })(config);
        var FieldPosition;
        !function(FieldPosition) {
            FieldPosition[FieldPosition.HEADER = 0] = "HEADER", FieldPosition[FieldPosition.TRAILER = 1] = "TRAILER";
        }(FieldPosition || (FieldPosition = {}));
        const SMITHY_CONTEXT_KEY = "__smithy_context";
        var IniSectionType, RequestHandlerProtocol;
        !function(IniSectionType) {
            IniSectionType.PROFILE = "profile", IniSectionType.SSO_SESSION = "sso-session", 
            IniSectionType.SERVICES = "services";
        }(IniSectionType || (IniSectionType = {})), function(RequestHandlerProtocol) {
            RequestHandlerProtocol.HTTP_0_9 = "http/0.9", RequestHandlerProtocol.HTTP_1_0 = "http/1.0", 
            RequestHandlerProtocol.TDS_8_0 = "tds/8.0";
        }(RequestHandlerProtocol || (RequestHandlerProtocol = {}));
    },
    9449: function(module) {
        module.exports = function() {
            var e = {
                AmazonBot: "amazonbot",
                "Amazon Silk": "amazon_silk",
                "Android Browser": "android",
                BaiduSpider: "baiduspider",
                Bada: "bada",
                "Bertina Browser": "bertina",
                BingCrawler: "bingcrawler",
                Brave: "brave",
                BlackBerry: "blackberry",
                "ChatGPT-User": "chatgpt_user",
                Chrome: "chrome",
                ClaudeBot: "claudebot",
                Chromium: "chromium",
                Diffbot: "diffbot",
                DuckDuckBot: "duckduckbot",
                DuckDuckGo: "duckduckgo",
                Electron: "electron",
                Epiphany: "epiphany",
                FacebookExternalHit: "facebookexternalhit",
                Firefox: "firefox",
                Freebox: "freebox",
                Focus: "focus",
                Generic: "generic",
                "Google Search": "google_search",
                Googlebot: "googlebot",
                GPTBot: "gptbot",
                "HeyTap Browser": "heytap",
                "Internet Explorer": "ie",
                InternetArchiveCrawler: "internetarchivecrawler",
                "K-Meleon": "k_meleon",
                Ladybird: "ladybird",
                LibreWolf: "librewolf",
                Linespider: "linespider",
                Maxthon: "maxthon",
                "Meta-ExternalAds": "meta_externalads",
                "Meta-ExternalAgent": "meta_externalagent",
                "Meta-ExternalFetcher": "meta_externalfetcher",
                "Meta-WebIndexer": "meta_webindexer",
                "Microsoft Edge": "edge",
                "MZ Browser": "mz",
                "NAVER Whale Browser": "naver",
                "OAI-SearchBot": "oai_searchbot",
                Omgilibot: "omgilibot",
                Opera: "opera",
                "Opera Coast": "opera_coast",
                "Pale Moon": "pale_moon",
                PerplexityBot: "perplexitybot",
                "Perplexity-User": "perplexity_user",
                PhantomJS: "phantomjs",
                PingdomBot: "pingdombot",
                Puffin: "puffin",
                QQ: "qq",
                QQLite: "qqlite",
                QupZilla: "qupzilla",
                Roku: "roku",
                Safari: "safari",
                Sailfish: "sailfish",
                "Samsung Internet for Android": "samsung_internet",
                SlackBot: "slackbot",
                SeaMonkey: "seamonkey",
                Sleipnir: "sleipnir",
                "Sogou Browser": "sogou",
                Swing: "swing",
                Tizen: "tizen",
                "UC Browser": "uc",
                "Vivo Browser": "vivo",
                Vivaldi: "vivaldi",
                "WebOS Browser": "webos",
                WeChat: "wechat",
                YahooSlurp: "yahooslurp",
                "Yandex Browser": "yandex",
                YandexBot: "yandexbot",
                YouBot: "youbot"
            }, t = {
                amazonbot: "AmazonBot",
                amazon_silk: "Amazon Silk",
                android: "Android Browser",
                baiduspider: "BaiduSpider",
                bada: "Bada",
                bertina: "Bertina Browser",
                bingcrawler: "BingCrawler",
                blackberry: "BlackBerry",
                brave: "Brave",
                chatgpt_user: "ChatGPT-User",
                chrome: "Chrome",
                claudebot: "ClaudeBot",
                chromium: "Chromium",
                diffbot: "Diffbot",
                duckduckbot: "DuckDuckBot",
                duckduckgo: "DuckDuckGo",
                edge: "Microsoft Edge",
                electron: "Electron",
                epiphany: "Epiphany",
                facebookexternalhit: "FacebookExternalHit",
                firefox: "Firefox",
                freebox: "Freebox",
                focus: "Focus",
                generic: "Generic",
                google_search: "Google Search",
                googlebot: "Googlebot",
                gptbot: "GPTBot",
                heytap: "HeyTap Browser",
                ie: "Internet Explorer",
                internetarchivecrawler: "InternetArchiveCrawler",
                k_meleon: "K-Meleon",
                ladybird: "Ladybird",
                librewolf: "LibreWolf",
                linespider: "Linespider",
                maxthon: "Maxthon",
                meta_externalads: "Meta-ExternalAds",
                meta_externalagent: "Meta-ExternalAgent",
                meta_externalfetcher: "Meta-ExternalFetcher",
                meta_webindexer: "Meta-WebIndexer",
                mz: "MZ Browser",
                naver: "NAVER Whale Browser",
                oai_searchbot: "OAI-SearchBot",
                omgilibot: "Omgilibot",
                opera: "Opera",
                opera_coast: "Opera Coast",
                pale_moon: "Pale Moon",
                perplexitybot: "PerplexityBot",
                perplexity_user: "Perplexity-User",
                phantomjs: "PhantomJS",
                pingdombot: "PingdomBot",
                puffin: "Puffin",
                qq: "QQ Browser",
                qqlite: "QQ Browser Lite",
                qupzilla: "QupZilla",
                roku: "Roku",
                safari: "Safari",
                sailfish: "Sailfish",
                samsung_internet: "Samsung Internet for Android",
                seamonkey: "SeaMonkey",
                slackbot: "SlackBot",
                sleipnir: "Sleipnir",
                sogou: "Sogou Browser",
                swing: "Swing",
                tizen: "Tizen",
                uc: "UC Browser",
                vivo: "Vivo Browser",
                vivaldi: "Vivaldi",
                webos: "WebOS Browser",
                wechat: "WeChat",
                yahooslurp: "YahooSlurp",
                yandex: "Yandex Browser",
                yandexbot: "YandexBot",
                youbot: "YouBot"
            }, r = {
                bot: "bot",
                desktop: "desktop",
                mobile: "mobile",
                tablet: "tablet",
                tv: "tv"
            }, i = {
                Android: "Android",
                Bada: "Bada",
                BlackBerry: "BlackBerry",
                ChromeOS: "Chrome OS",
                HarmonyOS: "HarmonyOS",
                iOS: "iOS",
                Linux: "Linux",
                MacOS: "macOS",
                PlayStation4: "PlayStation 4",
                Roku: "Roku",
                Tizen: "Tizen",
                WebOS: "WebOS",
                Windows: "Windows",
                WindowsPhone: "Windows Phone"
            }, n = {
                Blink: "Blink",
                EdgeHTML: "EdgeHTML",
                Gecko: "Gecko",
                LibWeb: "LibWeb",
                Presto: "Presto",
                Trident: "Trident",
                WebKit: "WebKit"
            }, s = function() {
                function r() {}
                return r.getFirstMatch = function(e, t) {
                    var r = t.match(e);
                    return r && r.length > 0 && r[1] || "";
                }, r.getSecondMatch = function(e, t) {
                    var r = t.match(e);
                    return r && r.length > 1 && r[2] || "";
                }, r.matchAndReturnConst = function(e, t, r) {
                    if (e.test(t)) return r;
                }, r.isFirefoxOnIpad = function(e) {
                    var t = e.indexOf("Macintosh");
                    if (-1 === t) return !1;
                    var r = e.indexOf(" FxiOS", t + 9);
                    return -1 !== r && -1 !== e.indexOf("/", r + 6);
                }, r.getWindowsVersionName = function(e) {
                    switch (e) {
                      case "NT":
                        return "NT";

                      case "XP":
                      case "NT 5.1":
                        return "XP";

                      case "NT 5.0":
                        return "2000";

                      case "NT 5.2":
                        return "2003";

                      case "NT 6.0":
                        return "Vista";

                      case "NT 6.1":
                        return "7";

                      case "NT 6.2":
                        return "8";

                      case "NT 6.3":
                        return "8.1";

                      case "NT 10.0":
                        return "10";

                      default:
                        return;
                    }
                }, r.getMacOSVersionName = function(e) {
                    var t = e.split(".").splice(0, 2).map(function(e) {
                        return parseInt(e, 10) || 0;
                    });
                    t.push(0);
                    var r = t[0], i = t[1];
                    if (10 === r) switch (i) {
                      case 5:
                        return "Leopard";

                      case 6:
                        return "Snow Leopard";

                      case 7:
                        return "Lion";

                      case 8:
                        return "Mountain Lion";

                      case 9:
                        return "Mavericks";

                      case 10:
                        return "Yosemite";

                      case 11:
                        return "El Capitan";

                      case 12:
                        return "Sierra";

                      case 13:
                        return "High Sierra";

                      case 14:
                        return "Mojave";

                      case 15:
                        return "Catalina";

                      default:
                        return;
                    }
                    switch (r) {
                      case 11:
                        return "Big Sur";

                      case 12:
                        return "Monterey";

                      case 13:
                        return "Ventura";

                      case 14:
                        return "Sonoma";

                      case 15:
                        return "Sequoia";

                      default:
                        return;
                    }
                }, r.getAndroidVersionName = function(e) {
                    var t = e.split(".").splice(0, 2).map(function(e) {
                        return parseInt(e, 10) || 0;
                    });
                    if (t.push(0), !(1 === t[0] && t[1] < 5)) return 1 === t[0] && t[1] < 6 ? "Cupcake" : 1 === t[0] && t[1] >= 6 ? "Donut" : 2 === t[0] && t[1] < 2 ? "Eclair" : 2 === t[0] && 2 === t[1] ? "Froyo" : 2 === t[0] && t[1] > 2 ? "Gingerbread" : 3 === t[0] ? "Honeycomb" : 4 === t[0] && t[1] < 1 ? "Ice Cream Sandwich" : 4 === t[0] && t[1] < 4 ? "Jelly Bean" : 4 === t[0] && t[1] >= 4 ? "KitKat" : 5 === t[0] ? "Lollipop" : 6 === t[0] ? "Marshmallow" : 7 === t[0] ? "Nougat" : 8 === t[0] ? "Oreo" : 9 === t[0] ? "Pie" : void 0;
                }, r.getVersionPrecision = function(e) {
                    return e.split(".").length;
                }, r.compareVersions = function(e, t, i) {
                    void 0 === i && (i = !1);
                    var n = r.getVersionPrecision(e), s = r.getVersionPrecision(t), o = Math.max(n, s), a = 0, c = r.map([ e, t ], function(e) {
                        var t = o - r.getVersionPrecision(e), i = e + new Array(t + 1).join(".0");
                        return r.map(i.split("."), function(e) {
                            return new Array(20 - e.length).join("0") + e;
                        }).reverse();
                    });
                    for (i && (a = o - Math.min(n, s)), o -= 1; o >= a; ) {
                        if (c[0][o] > c[1][o]) return 1;
                        if (c[0][o] === c[1][o]) {
                            if (o === a) return 0;
                            o -= 1;
                        } else if (c[0][o] < c[1][o]) return -1;
                    }
                }, r.map = function(e, t) {
                    var r, i = [];
                    if (Array.prototype.map) return Array.prototype.map.call(e, t);
                    for (r = 0; r < e.length; r += 1) i.push(t(e[r]));
                    return i;
                }, r.find = function(e, t) {
                    var r, i;
                    if (Array.prototype.find) return Array.prototype.find.call(e, t);
                    for (r = 0, i = e.length; r < i; r += 1) {
                        var n = e[r];
                        if (t(n, r)) return n;
                    }
                }, r.assign = function(e) {
                    for (var t, r, i = e, n = arguments.length, s = new Array(n > 1 ? n - 1 : 0), o = 1; o < n; o++) s[o - 1] = arguments[o];
                    if (Object.assign) return Object.assign.apply(Object, [ e ].concat(s));
                    var a = function() {
                        var e = s[t];
                        "object" == typeof e && null !== e && Object.keys(e).forEach(function(t) {
                            i[t] = e[t];
                        });
                    };
                    for (t = 0, r = s.length; t < r; t += 1) a();
                    return e;
                }, r.getBrowserAlias = function(t) {
                    return e[t];
                }, r.getBrowserTypeByAlias = function(e) {
                    return t[e] || "";
                }, r;
            }(), o = /version\/(\d+(\.?_?\d+)+)/i, a = [ {
                test: [ /gptbot/i ],
                describe: function(e) {
                    var t = {
                        name: "GPTBot"
                    }, r = s.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /chatgpt-user/i ],
                describe: function(e) {
                    var t = {
                        name: "ChatGPT-User"
                    }, r = s.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /oai-searchbot/i ],
                describe: function(e) {
                    var t = {
                        name: "OAI-SearchBot"
                    }, r = s.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i ],
                describe: function(e) {
                    var t = {
                        name: "ClaudeBot"
                    }, r = s.getFirstMatch(/(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /omgilibot/i, /webzio-extended/i ],
                describe: function(e) {
                    var t = {
                        name: "Omgilibot"
                    }, r = s.getFirstMatch(/(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /diffbot/i ],
                describe: function(e) {
                    var t = {
                        name: "Diffbot"
                    }, r = s.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /perplexitybot/i ],
                describe: function(e) {
                    var t = {
                        name: "PerplexityBot"
                    }, r = s.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /perplexity-user/i ],
                describe: function(e) {
                    var t = {
                        name: "Perplexity-User"
                    }, r = s.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /youbot/i ],
                describe: function(e) {
                    var t = {
                        name: "YouBot"
                    }, r = s.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /meta-webindexer/i ],
                describe: function(e) {
                    var t = {
                        name: "Meta-WebIndexer"
                    }, r = s.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /meta-externalads/i ],
                describe: function(e) {
                    var t = {
                        name: "Meta-ExternalAds"
                    }, r = s.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /meta-externalagent/i ],
                describe: function(e) {
                    var t = {
                        name: "Meta-ExternalAgent"
                    }, r = s.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /meta-externalfetcher/i ],
                describe: function(e) {
                    var t = {
                        name: "Meta-ExternalFetcher"
                    }, r = s.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /googlebot/i ],
                describe: function(e) {
                    var t = {
                        name: "Googlebot"
                    }, r = s.getFirstMatch(/googlebot\/(\d+(\.\d+))/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /linespider/i ],
                describe: function(e) {
                    var t = {
                        name: "Linespider"
                    }, r = s.getFirstMatch(/(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /amazonbot/i ],
                describe: function(e) {
                    var t = {
                        name: "AmazonBot"
                    }, r = s.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /bingbot/i ],
                describe: function(e) {
                    var t = {
                        name: "BingCrawler"
                    }, r = s.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /baiduspider/i ],
                describe: function(e) {
                    var t = {
                        name: "BaiduSpider"
                    }, r = s.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /duckduckbot/i ],
                describe: function(e) {
                    var t = {
                        name: "DuckDuckBot"
                    }, r = s.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /ia_archiver/i ],
                describe: function(e) {
                    var t = {
                        name: "InternetArchiveCrawler"
                    }, r = s.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /facebookexternalhit/i, /facebookcatalog/i ],
                describe: function() {
                    return {
                        name: "FacebookExternalHit"
                    };
                }
            }, {
                test: [ /slackbot/i, /slack-imgProxy/i ],
                describe: function(e) {
                    var t = {
                        name: "SlackBot"
                    }, r = s.getFirstMatch(/(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /yahoo!?[\s/]*slurp/i ],
                describe: function() {
                    return {
                        name: "YahooSlurp"
                    };
                }
            }, {
                test: [ /yandexbot/i, /yandexmobilebot/i ],
                describe: function() {
                    return {
                        name: "YandexBot"
                    };
                }
            }, {
                test: [ /pingdom/i ],
                describe: function() {
                    return {
                        name: "PingdomBot"
                    };
                }
            }, {
                test: [ /opera/i ],
                describe: function(e) {
                    var t = {
                        name: "Opera"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /opr\/|opios/i ],
                describe: function(e) {
                    var t = {
                        name: "Opera"
                    }, r = s.getFirstMatch(/(?:opr|opios)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /SamsungBrowser/i ],
                describe: function(e) {
                    var t = {
                        name: "Samsung Internet for Android"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /Whale/i ],
                describe: function(e) {
                    var t = {
                        name: "NAVER Whale Browser"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /PaleMoon/i ],
                describe: function(e) {
                    var t = {
                        name: "Pale Moon"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /HeyTapBrowser/i ],
                describe: function(e) {
                    var t = {
                        name: "HeyTap Browser"
                    }, r = s.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /VivoBrowser/i ],
                describe: function(e) {
                    var t = {
                        name: "Vivo Browser"
                    }, r = s.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /MZBrowser/i ],
                describe: function(e) {
                    var t = {
                        name: "MZ Browser"
                    }, r = s.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /focus/i ],
                describe: function(e) {
                    var t = {
                        name: "Focus"
                    }, r = s.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /swing/i ],
                describe: function(e) {
                    var t = {
                        name: "Swing"
                    }, r = s.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /coast/i ],
                describe: function(e) {
                    var t = {
                        name: "Opera Coast"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /opt\/\d+(?:.?_?\d+)+/i ],
                describe: function(e) {
                    var t = {
                        name: "Opera Touch"
                    }, r = s.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /\sbertina\//i ],
                describe: function(e) {
                    var t = {
                        name: "Bertina Browser"
                    }, r = s.getFirstMatch(/(?:bertina)\/(\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /yabrowser/i ],
                describe: function(e) {
                    var t = {
                        name: "Yandex Browser"
                    }, r = s.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /ucbrowser|ucmobile\//i, /\bucpc\//i, /\bubrowser\//i ],
                describe: function(e) {
                    var t = {
                        name: "UC Browser"
                    }, r = s.getFirstMatch(/(?:ucbrowser[\s/]?|ucmobile\/|\bucpc\/|\bubrowser\/)(\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /Maxthon|mxios/i ],
                describe: function(e) {
                    var t = {
                        name: "Maxthon"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /epiphany/i ],
                describe: function(e) {
                    var t = {
                        name: "Epiphany"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /puffin/i ],
                describe: function(e) {
                    var t = {
                        name: "Puffin"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /sleipnir/i ],
                describe: function(e) {
                    var t = {
                        name: "Sleipnir"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /k-meleon/i ],
                describe: function(e) {
                    var t = {
                        name: "K-Meleon"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /micromessenger/i ],
                describe: function(e) {
                    var t = {
                        name: "WeChat"
                    }, r = s.getFirstMatch(/(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /qqbrowser/i ],
                describe: function(e) {
                    var t = {
                        name: /qqbrowserlite/i.test(e) ? "QQ Browser Lite" : "QQ Browser"
                    }, r = s.getFirstMatch(/(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /msie|trident/i ],
                describe: function(e) {
                    var t = {
                        name: "Internet Explorer"
                    }, r = s.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /\sedg\//i ],
                describe: function(e) {
                    var t = {
                        name: "Microsoft Edge"
                    }, r = s.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /edg([ea]|ios)\//i ],
                describe: function(e) {
                    var t = {
                        name: "Microsoft Edge"
                    }, r = s.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: function(e) {
                    return !!e.hasBrand("Vivaldi") || e.test(/vivaldi/i);
                },
                describe: function(e, t) {
                    var r = {
                        name: "Vivaldi"
                    };
                    if (t) {
                        var i = t.getBrandVersion("Vivaldi");
                        if (i) return r.version = i, r;
                    }
                    var n = s.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i, e);
                    return n && (r.version = n), r;
                }
            }, {
                test: [ /seamonkey/i ],
                describe: function(e) {
                    var t = {
                        name: "SeaMonkey"
                    }, r = s.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /sailfish/i ],
                describe: function(e) {
                    var t = {
                        name: "Sailfish"
                    }, r = s.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /silk/i ],
                describe: function(e) {
                    var t = {
                        name: "Amazon Silk"
                    }, r = s.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /phantom/i ],
                describe: function(e) {
                    var t = {
                        name: "PhantomJS"
                    }, r = s.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /slimerjs/i ],
                describe: function(e) {
                    var t = {
                        name: "SlimerJS"
                    }, r = s.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /blackberry|\bbb\d+/i, /rim\stablet/i ],
                describe: function(e) {
                    var t = {
                        name: "BlackBerry"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /(web|hpw)[o0]s/i ],
                describe: function(e) {
                    var t = {
                        name: "WebOS Browser"
                    }, r = s.getFirstMatch(o, e) || s.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /bada/i ],
                describe: function(e) {
                    var t = {
                        name: "Bada"
                    }, r = s.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /tizen/i ],
                describe: function(e) {
                    var t = {
                        name: "Tizen"
                    }, r = s.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /qupzilla/i ],
                describe: function(e) {
                    var t = {
                        name: "QupZilla"
                    }, r = s.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /librewolf/i ],
                describe: function(e) {
                    var t = {
                        name: "LibreWolf"
                    }, r = s.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /firefox|iceweasel|fxios/i ],
                describe: function(e) {
                    var t = {
                        name: "Firefox"
                    }, r = s.getFirstMatch(/(?:firefox|iceweasel|fxios)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /electron/i ],
                describe: function(e) {
                    var t = {
                        name: "Electron"
                    }, r = s.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /sogoumobilebrowser/i, /metasr/i, /se 2\.[x]/i ],
                describe: function(e) {
                    var t = {
                        name: "Sogou Browser"
                    }, r = s.getFirstMatch(/(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i, e), i = s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e), n = s.getFirstMatch(/se ([\d.]+)x/i, e), o = r || i || n;
                    return o && (t.version = o), t;
                }
            }, {
                test: [ /MiuiBrowser/i ],
                describe: function(e) {
                    var t = {
                        name: "Miui"
                    }, r = s.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: function(e) {
                    return !!e.hasBrand("DuckDuckGo") || e.test(/\sDdg\/[\d.]+$/i);
                },
                describe: function(e, t) {
                    var r = {
                        name: "DuckDuckGo"
                    };
                    if (t) {
                        var i = t.getBrandVersion("DuckDuckGo");
                        if (i) return r.version = i, r;
                    }
                    var n = s.getFirstMatch(/\sDdg\/([\d.]+)$/i, e);
                    return n && (r.version = n), r;
                }
            }, {
                test: function(e) {
                    return e.hasBrand("Brave");
                },
                describe: function(e, t) {
                    var r = {
                        name: "Brave"
                    };
                    if (t) {
                        var i = t.getBrandVersion("Brave");
                        if (i) return r.version = i, r;
                    }
                    return r;
                }
            }, {
                test: [ /chromium/i ],
                describe: function(e) {
                    var t = {
                        name: "Chromium"
                    }, r = s.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i, e) || s.getFirstMatch(o, e) || s.getFirstMatch(/(?:chrome)\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /ladybird/i ],
                describe: function(e) {
                    var t = {
                        name: "Ladybird"
                    }, r = s.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /chrome|crios|crmo/i ],
                describe: function(e) {
                    var t = {
                        name: "Chrome"
                    }, r = s.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /\bGSA\//i ],
                describe: function(e) {
                    var t = {
                        name: "Google Search"
                    }, r = s.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: function(e) {
                    var t = !e.test(/like android/i), r = e.test(/android/i);
                    return t && r;
                },
                describe: function(e) {
                    var t = {
                        name: "Android Browser"
                    }, r = s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /playstation 4/i ],
                describe: function(e) {
                    var t = {
                        name: "PlayStation 4"
                    }, r = s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /freebox/i ],
                describe: function(e) {
                    var t = {
                        name: "Freebox"
                    }, r = s.getFirstMatch(/navigateur web\/(\d+(\.\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /safari|applewebkit/i ],
                describe: function(e) {
                    var t = {
                        name: "Safari"
                    }, r = s.getFirstMatch(o, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /.*/i ],
                describe: function(e) {
                    var t = -1 !== e.search("\\(") ? /^(.*)\/([^/]*)[ \t]\((.*)/ : /^(.*)\/([^/]*) /;
                    return {
                        name: s.getFirstMatch(t, e),
                        version: s.getSecondMatch(t, e)
                    };
                }
            } ], c = [ {
                test: [ /Roku\/DVP/ ],
                describe: function(e) {
                    var t = s.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i, e);
                    return {
                        name: i.Roku,
                        version: t
                    };
                }
            }, {
                test: [ /windows phone/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/windows phone (?:os)?\s?(\d+(\.\d+)*)/i, e);
                    return {
                        name: i.WindowsPhone,
                        version: t
                    };
                }
            }, {
                test: [ /windows /i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i, e), r = s.getWindowsVersionName(t);
                    return {
                        name: i.Windows,
                        version: t,
                        versionName: r
                    };
                }
            }, {
                test: function(e) {
                    return s.isFirefoxOnIpad(e.getUA());
                },
                describe: function(e) {
                    var t = {
                        name: i.iOS
                    }, r = s.getSecondMatch(/(Version\/)(\d[\d.]+)/, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /macintosh/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i, e).replace(/[_\s]/g, "."), r = s.getMacOSVersionName(t), n = {
                        name: i.MacOS,
                        version: t
                    };
                    return r && (n.versionName = r), n;
                }
            }, {
                test: [ /(ipod|iphone|ipad)/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i, e).replace(/[_\s]/g, "."), r = s.getFirstMatch(/version\/(\d+(\.\d+)*) mobile\/\w+ safari\//i, e);
                    return /^18(\.|$)/.test(t) && parseInt(r, 10) >= 26 && (t = r), {
                        name: i.iOS,
                        version: t
                    };
                }
            }, {
                test: [ /OpenHarmony/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i, e);
                    return {
                        name: i.HarmonyOS,
                        version: t
                    };
                }
            }, {
                test: function(e) {
                    var t = !e.test(/like android/i), r = e.test(/android/i);
                    return t && r;
                },
                describe: function(e) {
                    var t = s.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i, e), r = s.getAndroidVersionName(t), n = {
                        name: i.Android,
                        version: t
                    };
                    return r && (n.versionName = r), n;
                }
            }, {
                test: [ /(web|hpw)[o0]s/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i, e), r = {
                        name: i.WebOS
                    };
                    return t && t.length && (r.version = t), r;
                }
            }, {
                test: [ /blackberry|\bbb\d+/i, /rim\stablet/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i, e) || s.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i, e) || s.getFirstMatch(/\bbb(\d+)/i, e);
                    return {
                        name: i.BlackBerry,
                        version: t
                    };
                }
            }, {
                test: [ /bada/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/bada\/(\d+(\.\d+)*)/i, e);
                    return {
                        name: i.Bada,
                        version: t
                    };
                }
            }, {
                test: [ /tizen/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i, e);
                    return {
                        name: i.Tizen,
                        version: t
                    };
                }
            }, {
                test: [ /linux/i ],
                describe: function() {
                    return {
                        name: i.Linux
                    };
                }
            }, {
                test: [ /CrOS/ ],
                describe: function() {
                    return {
                        name: i.ChromeOS
                    };
                }
            }, {
                test: [ /PlayStation 4/ ],
                describe: function(e) {
                    var t = s.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i, e);
                    return {
                        name: i.PlayStation4,
                        version: t
                    };
                }
            } ], u = [ {
                test: [ /googlebot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Google"
                    };
                }
            }, {
                test: [ /linespider/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Line"
                    };
                }
            }, {
                test: [ /amazonbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Amazon"
                    };
                }
            }, {
                test: [ /gptbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "OpenAI"
                    };
                }
            }, {
                test: [ /chatgpt-user/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "OpenAI"
                    };
                }
            }, {
                test: [ /oai-searchbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "OpenAI"
                    };
                }
            }, {
                test: [ /baiduspider/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Baidu"
                    };
                }
            }, {
                test: [ /bingbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Bing"
                    };
                }
            }, {
                test: [ /duckduckbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "DuckDuckGo"
                    };
                }
            }, {
                test: [ /claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Anthropic"
                    };
                }
            }, {
                test: [ /omgilibot/i, /webzio-extended/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Webz.io"
                    };
                }
            }, {
                test: [ /diffbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Diffbot"
                    };
                }
            }, {
                test: [ /perplexitybot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Perplexity AI"
                    };
                }
            }, {
                test: [ /perplexity-user/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Perplexity AI"
                    };
                }
            }, {
                test: [ /youbot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "You.com"
                    };
                }
            }, {
                test: [ /ia_archiver/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Internet Archive"
                    };
                }
            }, {
                test: [ /meta-webindexer/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Meta"
                    };
                }
            }, {
                test: [ /meta-externalads/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Meta"
                    };
                }
            }, {
                test: [ /meta-externalagent/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Meta"
                    };
                }
            }, {
                test: [ /meta-externalfetcher/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Meta"
                    };
                }
            }, {
                test: [ /facebookexternalhit/i, /facebookcatalog/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Meta"
                    };
                }
            }, {
                test: [ /slackbot/i, /slack-imgProxy/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Slack"
                    };
                }
            }, {
                test: [ /yahoo/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Yahoo"
                    };
                }
            }, {
                test: [ /yandexbot/i, /yandexmobilebot/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Yandex"
                    };
                }
            }, {
                test: [ /pingdom/i ],
                describe: function() {
                    return {
                        type: r.bot,
                        vendor: "Pingdom"
                    };
                }
            }, {
                test: [ /huawei/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/(can-l01)/i, e) && "Nova", i = {
                        type: r.mobile,
                        vendor: "Huawei"
                    };
                    return t && (i.model = t), i;
                }
            }, {
                test: [ /nexus\s*(?:7|8|9|10).*/i ],
                describe: function() {
                    return {
                        type: r.tablet,
                        vendor: "Nexus"
                    };
                }
            }, {
                test: [ /ipad/i ],
                describe: function() {
                    return {
                        type: r.tablet,
                        vendor: "Apple",
                        model: "iPad"
                    };
                }
            }, {
                test: function(e) {
                    return s.isFirefoxOnIpad(e.getUA());
                },
                describe: function() {
                    return {
                        type: r.tablet,
                        vendor: "Apple",
                        model: "iPad"
                    };
                }
            }, {
                test: [ /kftt build/i ],
                describe: function() {
                    return {
                        type: r.tablet,
                        vendor: "Amazon",
                        model: "Kindle Fire HD 7"
                    };
                }
            }, {
                test: [ /silk/i ],
                describe: function() {
                    return {
                        type: r.tablet,
                        vendor: "Amazon"
                    };
                }
            }, {
                test: [ /tablet(?! pc)/i ],
                describe: function() {
                    return {
                        type: r.tablet
                    };
                }
            }, {
                test: function(e) {
                    var t = e.test(/ipod|iphone/i), r = e.test(/like (ipod|iphone)/i);
                    return t && !r;
                },
                describe: function(e) {
                    var t = s.getFirstMatch(/(ipod|iphone)/i, e);
                    return {
                        type: r.mobile,
                        vendor: "Apple",
                        model: t
                    };
                }
            }, {
                test: [ /nexus\s*[0-6].*/i, /galaxy nexus/i ],
                describe: function() {
                    return {
                        type: r.mobile,
                        vendor: "Nexus"
                    };
                }
            }, {
                test: [ /Nokia/i ],
                describe: function(e) {
                    var t = s.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i, e), i = {
                        type: r.mobile,
                        vendor: "Nokia"
                    };
                    return t && (i.model = t), i;
                }
            }, {
                test: [ /[^-]mobi/i ],
                describe: function() {
                    return {
                        type: r.mobile
                    };
                }
            }, {
                test: function(e) {
                    return "blackberry" === e.getBrowserName(!0);
                },
                describe: function() {
                    return {
                        type: r.mobile,
                        vendor: "BlackBerry"
                    };
                }
            }, {
                test: function(e) {
                    return "bada" === e.getBrowserName(!0);
                },
                describe: function() {
                    return {
                        type: r.mobile
                    };
                }
            }, {
                test: function(e) {
                    return "windows phone" === e.getBrowserName();
                },
                describe: function() {
                    return {
                        type: r.mobile,
                        vendor: "Microsoft"
                    };
                }
            }, {
                test: function(e) {
                    var t = Number(String(e.getOSVersion()).split(".")[0]);
                    return "android" === e.getOSName(!0) && t >= 3;
                },
                describe: function() {
                    return {
                        type: r.tablet
                    };
                }
            }, {
                test: function(e) {
                    return "android" === e.getOSName(!0);
                },
                describe: function() {
                    return {
                        type: r.mobile
                    };
                }
            }, {
                test: [ /smart-?tv|smarttv/i ],
                describe: function() {
                    return {
                        type: r.tv
                    };
                }
            }, {
                test: [ /netcast/i ],
                describe: function() {
                    return {
                        type: r.tv
                    };
                }
            }, {
                test: function(e) {
                    return "macos" === e.getOSName(!0);
                },
                describe: function() {
                    return {
                        type: r.desktop,
                        vendor: "Apple"
                    };
                }
            }, {
                test: function(e) {
                    return "windows" === e.getOSName(!0);
                },
                describe: function() {
                    return {
                        type: r.desktop
                    };
                }
            }, {
                test: function(e) {
                    return "linux" === e.getOSName(!0);
                },
                describe: function() {
                    return {
                        type: r.desktop
                    };
                }
            }, {
                test: function(e) {
                    return "chrome os" === e.getOSName(!0);
                },
                describe: function() {
                    return {
                        type: r.desktop
                    };
                }
            }, {
                test: function(e) {
                    return "playstation 4" === e.getOSName(!0);
                },
                describe: function() {
                    return {
                        type: r.tv
                    };
                }
            }, {
                test: function(e) {
                    return "roku" === e.getOSName(!0);
                },
                describe: function() {
                    return {
                        type: r.tv
                    };
                }
            } ], d = [ {
                test: function(e) {
                    return "microsoft edge" === e.getBrowserName(!0);
                },
                describe: function(e) {
                    if (/\sedgios\//i.test(e)) {
                        var t = {
                            name: n.WebKit
                        }, r = s.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
                        return r && (t.version = r), t;
                    }
                    if (/\sedga?\//i.test(e)) return {
                        name: n.Blink
                    };
                    var i = s.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i, e);
                    return {
                        name: n.EdgeHTML,
                        version: i
                    };
                }
            }, {
                test: function(e) {
                    return "ladybird" === e.getBrowserName(!0);
                },
                describe: function() {
                    return {
                        name: n.LibWeb
                    };
                }
            }, {
                test: [ /trident/i ],
                describe: function(e) {
                    var t = {
                        name: n.Trident
                    }, r = s.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: function(e) {
                    return e.test(/presto/i);
                },
                describe: function(e) {
                    var t = {
                        name: n.Presto
                    }, r = s.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: function(e) {
                    var t = e.test(/gecko/i), r = e.test(/like gecko/i);
                    return t && !r;
                },
                describe: function(e) {
                    var t = {
                        name: n.Gecko
                    }, r = s.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            }, {
                test: [ /(apple)?webkit\/537\.36/i ],
                describe: function() {
                    return {
                        name: n.Blink
                    };
                }
            }, {
                test: [ /(apple)?webkit/i ],
                describe: function(e) {
                    var t = {
                        name: n.WebKit
                    }, r = s.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
                    return r && (t.version = r), t;
                }
            } ], b = function() {
                function e(e, t, r) {
                    if (void 0 === t && (t = !1), void 0 === r && (r = null), null == e || "" === e) throw new Error("UserAgent parameter can't be empty");
                    this._ua = e;
                    var i = !1;
                    "boolean" == typeof t ? (i = t, this._hints = r) : this._hints = null != t && "object" == typeof t ? t : null, 
                    this.parsedResult = {}, !0 !== i && this.parse();
                }
                var t = e.prototype;
                return t.getHints = function() {
                    return this._hints;
                }, t.hasBrand = function(e) {
                    if (!this._hints || !Array.isArray(this._hints.brands)) return !1;
                    var t = e.toLowerCase();
                    return this._hints.brands.some(function(e) {
                        return e.brand && e.brand.toLowerCase() === t;
                    });
                }, t.getBrandVersion = function(e) {
                    if (this._hints && Array.isArray(this._hints.brands)) {
                        var t = e.toLowerCase(), r = s.find(this._hints.brands, function(e) {
                            return e.brand && e.brand.toLowerCase() === t;
                        });
                        return r ? r.version : void 0;
                    }
                }, t.getUA = function() {
                    return this._ua;
                }, t.test = function(e) {
                    return e.test(this._ua);
                }, t.parseBrowser = function() {
                    var e = this;
                    this.parsedResult.browser = {};
                    var t = s.find(a, function(t) {
                        if ("function" == typeof t.test) return t.test(e);
                        if (Array.isArray(t.test)) return t.test.some(function(t) {
                            return e.test(t);
                        });
                        throw new Error("Browser's test function is not valid");
                    });
                    return t && (this.parsedResult.browser = t.describe(this.getUA(), this)), this.parsedResult.browser;
                }, t.getBrowser = function() {
                    return this.parsedResult.browser ? this.parsedResult.browser : this.parseBrowser();
                }, t.getBrowserName = function(e) {
                    return e ? String(this.getBrowser().name).toLowerCase() || "" : this.getBrowser().name || "";
                }, t.getBrowserVersion = function() {
                    return this.getBrowser().version;
                }, t.getOS = function() {
                    return this.parsedResult.os ? this.parsedResult.os : this.parseOS();
                }, t.parseOS = function() {
                    var e = this;
                    this.parsedResult.os = {};
                    var t = s.find(c, function(t) {
                        if ("function" == typeof t.test) return t.test(e);
                        if (Array.isArray(t.test)) return t.test.some(function(t) {
                            return e.test(t);
                        });
                        throw new Error("Browser's test function is not valid");
                    });
                    return t && (this.parsedResult.os = t.describe(this.getUA())), this.parsedResult.os;
                }, t.getOSName = function(e) {
                    var t = this.getOS().name;
                    return e ? String(t).toLowerCase() || "" : t || "";
                }, t.getOSVersion = function() {
                    return this.getOS().version;
                }, t.getPlatform = function() {
                    return this.parsedResult.platform ? this.parsedResult.platform : this.parsePlatform();
                }, t.getPlatformType = function(e) {
                    void 0 === e && (e = !1);
                    var t = this.getPlatform().type;
                    return e ? String(t).toLowerCase() || "" : t || "";
                }, t.parsePlatform = function() {
                    var e = this;
                    this.parsedResult.platform = {};
                    var t = s.find(u, function(t) {
                        if ("function" == typeof t.test) return t.test(e);
                        if (Array.isArray(t.test)) return t.test.some(function(t) {
                            return e.test(t);
                        });
                        throw new Error("Browser's test function is not valid");
                    });
                    return t && (this.parsedResult.platform = t.describe(this.getUA())), this.parsedResult.platform;
                }, t.getEngine = function() {
                    return this.parsedResult.engine ? this.parsedResult.engine : this.parseEngine();
                }, t.getEngineName = function(e) {
                    return e ? String(this.getEngine().name).toLowerCase() || "" : this.getEngine().name || "";
                }, t.parseEngine = function() {
                    var e = this;
                    this.parsedResult.engine = {};
                    var t = s.find(d, function(t) {
                        if ("function" == typeof t.test) return t.test(e);
                        if (Array.isArray(t.test)) return t.test.some(function(t) {
                            return e.test(t);
                        });
                        throw new Error("Browser's test function is not valid");
                    });
                    return t && (this.parsedResult.engine = t.describe(this.getUA())), this.parsedResult.engine;
                }, t.parse = function() {
                    return this.parseBrowser(), this.parseOS(), this.parsePlatform(), this.parseEngine(), 
                    this;
                }, t.getResult = function() {
                    return s.assign({}, this.parsedResult);
                }, t.satisfies = function(e) {
                    var t = this, r = {}, i = 0, n = {}, o = 0;
                    if (Object.keys(e).forEach(function(t) {
                        var s = e[t];
                        "string" == typeof s || Array.isArray(s) ? (n[t] = s, o += 1) : "object" == typeof s && (r[t] = s, 
                        i += 1);
                    }), i > 0) {
                        var a = Object.keys(r), c = s.find(a, function(e) {
                            return t.isOS(e);
                        });
                        if (c) {
                            var u = this.satisfies(r[c]);
                            if (void 0 !== u) return u;
                        }
                        var d = s.find(a, function(e) {
                            return t.isPlatform(e);
                        });
                        if (d) {
                            var b = this.satisfies(r[d]);
                            if (void 0 !== b) return b;
                        }
                    }
                    if (o > 0) {
                        var f = Object.keys(n), l = s.find(f, function(e) {
                            return t.isBrowser(e, !0);
                        });
                        if (void 0 !== l) return this.compareVersions(n[l]);
                    }
                }, t.isBrowser = function(e, t) {
                    void 0 === t && (t = !1);
                    var r = this.getBrowserName().toLowerCase(), i = e.toLowerCase(), n = s.getBrowserTypeByAlias(i);
                    return t && n && (i = n.toLowerCase()), i === r;
                }, t.compareVersions = function(e) {
                    var t = this;
                    return "string" == typeof e ? this.compareVersion(e) : e.some(function(e) {
                        return t.compareVersion(e);
                    });
                }, t.compareVersion = function(e) {
                    var t = [ 0 ], r = e, i = !1, n = this.getBrowserVersion();
                    if ("string" == typeof n) return ">" === e[0] || "<" === e[0] ? (r = e.substr(1), 
                    "=" === e[1] ? (i = !0, r = e.substr(2)) : t = [], ">" === e[0] ? t.push(1) : t.push(-1)) : "=" === e[0] ? r = e.substr(1) : "~" === e[0] && (i = !0, 
                    r = e.substr(1)), t.indexOf(s.compareVersions(n, r, i)) > -1;
                }, t.isOS = function(e) {
                    return this.getOSName(!0) === String(e).toLowerCase();
                }, t.isPlatform = function(e) {
                    return this.getPlatformType(!0) === String(e).toLowerCase();
                }, t.isEngine = function(e) {
                    return this.getEngineName(!0) === String(e).toLowerCase();
                }, t.is = function(e, t) {
                    return void 0 === t && (t = !1), this.isBrowser(e, t) || this.isOS(e) || this.isPlatform(e);
                }, t.some = function(e) {
                    var t = this;
                    return void 0 === e && (e = []), e.some(function(e) {
                        return t.is(e);
                    });
                }, e;
            }();
            function f(e) {
                var t = function(e) {
                    if ("object" != typeof e || !e) return e;
                    var t = e[Symbol.toPrimitive];
                    if (void 0 !== t) {
                        var r = t.call(e, "string");
                        if ("object" != typeof r) return r;
                        throw new TypeError("@@toPrimitive must return a primitive value.");
                    }
                    return String(e);
                }(e);
                return "symbol" == typeof t ? t : t + "";
            }
            var l = function() {
                function e() {}
                return e.getParser = function(e, t, r) {
                    if (void 0 === t && (t = !1), void 0 === r && (r = null), "string" != typeof e) throw new Error("UserAgent should be a string");
                    return new b(e, t, r);
                }, e.parse = function(e, t) {
                    return void 0 === t && (t = null), new b(e, t).getResult();
                }, s = e, (o = [ {
                    key: "BROWSER_MAP",
                    get: function() {
                        return t;
                    }
                }, {
                    key: "ENGINE_MAP",
                    get: function() {
                        return n;
                    }
                }, {
                    key: "OS_MAP",
                    get: function() {
                        return i;
                    }
                }, {
                    key: "PLATFORMS_MAP",
                    get: function() {
                        return r;
                    }
                } ]) && function(e, t) {
                    for (var r = 0; r < t.length; r++) {
                        var i = t[r];
                        i.enumerable = i.enumerable || !1, i.configurable = !0, "value" in i && (i.writable = !0), 
                        Object.defineProperty(e, f(i.key), i);
                    }
                }(s, o), Object.defineProperty(s, "prototype", {
                    writable: !1
                }), s;
                var s, o;
            }();
            return l.parse, l.getParser, l;
        }();
    }
};