export const id = 136;

export const ids = [ 136 ];

export const modules = {
    1136: (__unused_webpack_module, exports, __webpack_require__) => {
        const {awsEndpointFunctions: awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider: createDefaultUserAgentProvider, getDefaultSocketTimeout: getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS: NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration: getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration: resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig: resolveUserAgentConfig, resolveHostHeaderConfig: resolveHostHeaderConfig, getUserAgentPlugin: getUserAgentPlugin, getHostHeaderPlugin: getHostHeaderPlugin, getLoggerPlugin: getLoggerPlugin, getRecursionDetectionPlugin: getRecursionDetectionPlugin, setCredentialFeature: setCredentialFeature, stsRegionDefaultResolver: stsRegionDefaultResolver} = __webpack_require__(5152), {NoAuthSigner: NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin: getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig: DefaultIdentityProviderConfig, getHttpSigningPlugin: getHttpSigningPlugin} = __webpack_require__(402), {normalizeProvider: normalizeProvider, getSmithyContext: getSmithyContext, ServiceException: ServiceException, NoOpLogger: NoOpLogger, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode: loadConfigsForDefaultMode, getDefaultExtensionConfiguration: getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig: resolveDefaultRuntimeConfig, Client: Client, makeBuilder: makeBuilder, createAggregatedClient: createAggregatedClient} = __webpack_require__(2658), {Command: $Command} = __webpack_require__(2658), {resolveDefaultsModeConfig: resolveDefaultsModeConfig, loadConfig: loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS: NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS: NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig: resolveRegionConfig} = __webpack_require__(7291), {BinaryDecisionDiagram: BinaryDecisionDiagram, EndpointCache: EndpointCache, decideEndpoint: decideEndpoint, customEndpointFunctions: customEndpointFunctions, resolveParams: resolveParams, resolveEndpointConfig: resolveEndpointConfig, getEndpointPlugin: getEndpointPlugin} = __webpack_require__(2085), {parseUrl: parseUrl, getHttpHandlerExtensionConfiguration: getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig: resolveHttpHandlerRuntimeConfig, getContentLengthPlugin: getContentLengthPlugin} = __webpack_require__(3422), {DEFAULT_RETRY_MODE: DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS: NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS: NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig: resolveRetryConfig, getRetryPlugin: getRetryPlugin} = __webpack_require__(3609), {TypeRegistry: TypeRegistry, getSchemaSerdePlugin: getSchemaSerdePlugin} = __webpack_require__(6890), {resolveAwsSdkSigV4Config: resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig: resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer: AwsSdkSigV4Signer, AwsSdkSigV4ASigner: AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS: NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: NODE_AUTH_SCHEME_PREFERENCE_OPTIONS} = __webpack_require__(7523), {SignatureV4MultiRegion: SignatureV4MultiRegion} = __webpack_require__(5150), {toUtf8: toUtf8, fromUtf8: fromUtf8, toBase64: toBase64, fromBase64: fromBase64, calculateBodyLength: calculateBodyLength} = __webpack_require__(2430), {streamCollector: streamCollector, NodeHttpHandler: NodeHttpHandler} = __webpack_require__(5383), {AwsQueryProtocol: AwsQueryProtocol} = __webpack_require__(7288), {Sha256: Sha256} = __webpack_require__(9542), q = "ref", a = -1, b = !0, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "stringEquals", g = "getAttr", h = "us-east-1", i = "sigv4", k = "https://sts.{Region}.{PartitionResult#dnsSuffix}", l = {
            [q]: "Endpoint"
        }, m = {
            [q]: "Region"
        }, n = {
            [q]: d
        }, o = {}, p = [ m ], _data = {
            conditions: [ [ c, [ l ] ], [ c, p ], [ "aws.partition", p, d ], [ e, [ {
                [q]: "UseFIPS"
            }, b ] ], [ e, [ {
                [q]: "UseDualStack"
            }, b ] ], [ f, [ m, "aws-global" ] ], [ e, [ {
                [q]: "UseGlobalEndpoint"
            }, b ] ], [ f, [ m, "eu-central-1" ] ], [ e, [ {
                fn: g,
                argv: [ n, "supportsDualStack" ]
            }, b ] ], [ e, [ {
                fn: g,
                argv: [ n, "supportsFIPS" ]
            }, b ] ], [ f, [ m, "ap-south-1" ] ], [ f, [ m, "eu-north-1" ] ], [ f, [ m, "eu-west-1" ] ], [ f, [ m, "eu-west-2" ] ], [ f, [ m, "eu-west-3" ] ], [ f, [ m, "sa-east-1" ] ], [ f, [ m, h ] ], [ f, [ m, "us-east-2" ] ], [ f, [ m, "us-west-2" ] ], [ f, [ m, "us-west-1" ] ], [ f, [ m, "ca-central-1" ] ], [ f, [ m, "ap-southeast-1" ] ], [ f, [ m, "ap-northeast-1" ] ], [ f, [ m, "ap-southeast-2" ] ], [ f, [ {
                fn: g,
                argv: [ n, "name" ]
            }, "aws-us-gov" ] ] ],
            results: [ [ a ], [ "https://sts.amazonaws.com", {
                authSchemes: [ {
                    name: i,
                    signingName: "sts",
                    signingRegion: h
                } ]
            } ], [ k, {
                authSchemes: [ {
                    name: i,
                    signingName: "sts",
                    signingRegion: "{Region}"
                } ]
            } ], [ a, "Invalid Configuration: FIPS and custom endpoint are not supported" ], [ a, "Invalid Configuration: Dualstack and custom endpoint are not supported" ], [ l, o ], [ "https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o ], [ a, "FIPS and DualStack are enabled, but this partition does not support one or both" ], [ "https://sts.{Region}.amazonaws.com", o ], [ "https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o ], [ a, "FIPS is enabled but this partition does not support FIPS" ], [ "https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o ], [ a, "DualStack is enabled but this partition does not support DualStack" ], [ k, o ], [ a, "Invalid Configuration: Missing Region" ] ]
        }, r = 1e8, nodes = new Int32Array([ -1, 1, -1, 0, 30, 3, 1, 4, r + 14, 2, 5, r + 14, 3, 25, 6, 4, 24, 7, 5, r + 1, 8, 6, 9, r + 13, 7, r + 1, 10, 10, r + 1, 11, 11, r + 1, 12, 12, r + 1, 13, 13, r + 1, 14, 14, r + 1, 15, 15, r + 1, 16, 16, r + 1, 17, 17, r + 1, 18, 18, r + 1, 19, 19, r + 1, 20, 20, r + 1, 21, 21, r + 1, 22, 22, r + 1, 23, 23, r + 1, r + 2, 8, r + 11, r + 12, 4, 28, 26, 9, 27, r + 10, 24, r + 8, r + 9, 8, 29, r + 7, 9, r + 6, r + 7, 3, r + 3, 31, 4, r + 4, r + 5 ]), bdd = BinaryDecisionDiagram.from(nodes, 2, _data.conditions, _data.results), cache = new EndpointCache({
            size: 50,
            params: [ "Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint" ]
        }), defaultEndpointResolver = (endpointParams, context = {}) => cache.get(endpointParams, () => decideEndpoint(bdd, {
            endpointParams: endpointParams,
            logger: context.logger
        }));
        customEndpointFunctions.aws = awsEndpointFunctions;
        const defaultSTSHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider = async (config, context, input) => ({
            operation: getSmithyContext(context).operation,
            region: await normalizeProvider(config.region)() || (() => {
                throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
            })()
        }), async (config, context, input) => {
            if (!input) throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
            const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context), instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
            if (!instructionsFn) throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
            const endpointParameters = await resolveParams(input, {
                getEndpointParameterInstructions: instructionsFn
            }, config);
            return Object.assign(defaultParameters, endpointParameters);
        });
        var defaultHttpAuthSchemeParametersProvider;
        function createAwsAuthSigv4HttpAuthOption(authParameters) {
            return {
                schemeId: "aws.auth#sigv4",
                signingProperties: {
                    name: "sts",
                    region: authParameters.region
                },
                propertiesExtractor: (config, context) => ({
                    signingProperties: {
                        config: config,
                        context: context
                    }
                })
            };
        }
        function createAwsAuthSigv4aHttpAuthOption(authParameters) {
            return {
                schemeId: "aws.auth#sigv4a",
                signingProperties: {
                    name: "sts",
                    region: authParameters.region
                },
                propertiesExtractor: (config, context) => ({
                    signingProperties: {
                        config: config,
                        context: context
                    }
                })
            };
        }
        const defaultSTSHttpAuthSchemeProvider = ((defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => authParameters => {
            const endpoint = defaultEndpointResolver(authParameters), authSchemes = endpoint.properties?.authSchemes;
            if (!authSchemes) return (authParameters => {
                const options = [];
                "AssumeRoleWithWebIdentity" === authParameters.operation ? (options.push({
                    schemeId: "smithy.api#noAuth"
                }), options.push(createAwsAuthSigv4aHttpAuthOption(authParameters))) : (options.push(createAwsAuthSigv4HttpAuthOption(authParameters)), 
                options.push(createAwsAuthSigv4aHttpAuthOption(authParameters)));
                return options;
            })(authParameters);
            const options = [];
            for (const scheme of authSchemes) {
                const {name: resolvedName, properties: properties = {}, ...rest} = scheme, name = resolvedName.toLowerCase();
                let schemeId;
                if (resolvedName !== name && console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`), 
                "sigv4a" === name) {
                    schemeId = "aws.auth#sigv4a";
                    const sigv4Present = authSchemes.find(s => {
                        const name = s.name.toLowerCase();
                        return "sigv4a" !== name && name.startsWith("sigv4");
                    });
                    if ("none" === SignatureV4MultiRegion.sigv4aDependency() && sigv4Present) continue;
                } else {
                    if (!name.startsWith("sigv4")) throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
                    schemeId = "aws.auth#sigv4";
                }
                const createOption = createHttpAuthOptionFunctions[schemeId];
                if (!createOption) throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
                const option = createOption(authParameters);
                option.schemeId = schemeId, option.signingProperties = {
                    ...option.signingProperties || {},
                    ...rest,
                    ...properties
                }, options.push(option);
            }
            return options;
        })(defaultEndpointResolver, 0, {
            "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
            "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
            "smithy.api#noAuth": function(authParameters) {
                return {
                    schemeId: "smithy.api#noAuth"
                };
            }
        });
        class STSServiceException extends ServiceException {
            static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
            constructor(options) {
                super(options), Object.setPrototypeOf(this, STSServiceException.prototype);
            }
        }
        class ExpiredTokenException extends STSServiceException {
            static shapeId="com.amazonaws.sts#ExpiredTokenException";
            name="ExpiredTokenException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "ExpiredTokenException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, ExpiredTokenException.prototype);
            }
        }
        class MalformedPolicyDocumentException extends STSServiceException {
            static shapeId="com.amazonaws.sts#MalformedPolicyDocumentException";
            name="MalformedPolicyDocumentException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "MalformedPolicyDocumentException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
            }
        }
        class PackedPolicyTooLargeException extends STSServiceException {
            static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";
            name="PackedPolicyTooLargeException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "PackedPolicyTooLargeException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, PackedPolicyTooLargeException.prototype);
            }
        }
        class RegionDisabledException extends STSServiceException {
            static shapeId="com.amazonaws.sts#RegionDisabledException";
            name="RegionDisabledException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "RegionDisabledException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, RegionDisabledException.prototype);
            }
        }
        class IDPRejectedClaimException extends STSServiceException {
            static shapeId="com.amazonaws.sts#IDPRejectedClaimException";
            name="IDPRejectedClaimException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "IDPRejectedClaimException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, IDPRejectedClaimException.prototype);
            }
        }
        class InvalidIdentityTokenException extends STSServiceException {
            static shapeId="com.amazonaws.sts#InvalidIdentityTokenException";
            name="InvalidIdentityTokenException";
            $fault="client";
            constructor(opts) {
                super({
                    name: "InvalidIdentityTokenException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, InvalidIdentityTokenException.prototype);
            }
        }
        class IDPCommunicationErrorException extends STSServiceException {
            static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";
            name="IDPCommunicationErrorException";
            $fault="client";
            $retryable={};
            constructor(opts) {
                super({
                    name: "IDPCommunicationErrorException",
                    $fault: "client",
                    ...opts
                }), Object.setPrototypeOf(this, IDPCommunicationErrorException.prototype);
            }
        }
        const _ARU = "AssumedRoleUser", _C = "Credentials", _DS = "DurationSeconds", _MSTS = "MinimumSessionTokenSize", _PA = "PolicyArns", _PPS = "PackedPolicySize", _RSN = "RoleSessionName", _SI = "SourceIdentity", _STS = "SessionTokenSize", _STU = "SessionTokenUtilization", _aQE = "awsQueryError", _c = "client", _e = "error", _hE = "httpError", _m = "message", _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts", n0 = "com.amazonaws.sts", _s_registry = new TypeRegistry(_s);
        var STSServiceException$ = [ -3, _s, "STSServiceException", 0, [], [] ];
        _s_registry.registerError(STSServiceException$, STSServiceException);
        const n0_registry = new TypeRegistry(n0);
        var ExpiredTokenException$ = [ -3, n0, "ExpiredTokenException", {
            [_aQE]: [ "ExpiredTokenException", 400 ],
            [_e]: _c,
            [_hE]: 400
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
        var IDPCommunicationErrorException$ = [ -3, n0, "IDPCommunicationErrorException", {
            [_aQE]: [ "IDPCommunicationError", 400 ],
            [_e]: _c,
            [_hE]: 400
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
        var IDPRejectedClaimException$ = [ -3, n0, "IDPRejectedClaimException", {
            [_aQE]: [ "IDPRejectedClaim", 403 ],
            [_e]: _c,
            [_hE]: 403
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
        var InvalidIdentityTokenException$ = [ -3, n0, "InvalidIdentityTokenException", {
            [_aQE]: [ "InvalidIdentityToken", 400 ],
            [_e]: _c,
            [_hE]: 400
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
        var MalformedPolicyDocumentException$ = [ -3, n0, "MalformedPolicyDocumentException", {
            [_aQE]: [ "MalformedPolicyDocument", 400 ],
            [_e]: _c,
            [_hE]: 400
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
        var PackedPolicyTooLargeException$ = [ -3, n0, "PackedPolicyTooLargeException", {
            [_aQE]: [ "PackedPolicyTooLarge", 400 ],
            [_e]: _c,
            [_hE]: 400
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
        var RegionDisabledException$ = [ -3, n0, "RegionDisabledException", {
            [_aQE]: [ "RegionDisabledException", 403 ],
            [_e]: _c,
            [_hE]: 403
        }, [ _m ], [ 0 ] ];
        n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
        const errorTypeRegistries = [ _s_registry, n0_registry ];
        var accessKeySecretType = [ 0, n0, "accessKeySecretType", 8, 0 ], clientTokenType = [ 0, n0, "clientTokenType", 8, 0 ], AssumedRoleUser$ = [ 3, n0, _ARU, 0, [ "AssumedRoleId", "Arn" ], [ 0, 0 ], 2 ], AssumeRoleRequest$ = [ 3, n0, "AssumeRoleRequest", 0, [ "RoleArn", _RSN, _PA, "Policy", _DS, "Tags", "TransitiveTagKeys", "ExternalId", "SerialNumber", "TokenCode", _SI, "ProvidedContexts", _MSTS ], [ 0, 0, () => policyDescriptorListType, 0, 1, () => tagListType, 64, 0, 0, 0, 0, () => ProvidedContextsListType, 1 ], 2 ], AssumeRoleResponse$ = [ 3, n0, "AssumeRoleResponse", 0, [ _C, _ARU, _PPS, _SI, _STU, _STS ], [ [ () => Credentials$, 0 ], () => AssumedRoleUser$, 1, 0, 1, 1 ] ], AssumeRoleWithWebIdentityRequest$ = [ 3, n0, "AssumeRoleWithWebIdentityRequest", 0, [ "RoleArn", _RSN, "WebIdentityToken", "ProviderId", _PA, "Policy", _DS, _MSTS ], [ 0, 0, [ () => clientTokenType, 0 ], 0, () => policyDescriptorListType, 0, 1, 1 ], 3 ], AssumeRoleWithWebIdentityResponse$ = [ 3, n0, "AssumeRoleWithWebIdentityResponse", 0, [ _C, "SubjectFromWebIdentityToken", _ARU, _PPS, "Provider", "Audience", _SI, _STU, _STS ], [ [ () => Credentials$, 0 ], 0, () => AssumedRoleUser$, 1, 0, 0, 0, 1, 1 ] ], Credentials$ = [ 3, n0, _C, 0, [ "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration" ], [ 0, [ () => accessKeySecretType, 0 ], 0, 4 ], 4 ], PolicyDescriptorType$ = [ 3, n0, "PolicyDescriptorType", 0, [ "arn" ], [ 0 ] ], ProvidedContext$ = [ 3, n0, "ProvidedContext", 0, [ "ProviderArn", "ContextAssertion" ], [ 0, 0 ] ], Tag$ = [ 3, n0, "Tag", 0, [ "Key", "Value" ], [ 0, 0 ], 2 ], policyDescriptorListType = [ 1, n0, "policyDescriptorListType", 0, () => PolicyDescriptorType$ ], ProvidedContextsListType = [ 1, n0, "ProvidedContextsListType", 0, () => ProvidedContext$ ], tagListType = [ 1, n0, "tagListType", 0, () => Tag$ ], AssumeRole$ = [ 9, n0, "AssumeRole", 0, () => AssumeRoleRequest$, () => AssumeRoleResponse$ ], AssumeRoleWithWebIdentity$ = [ 9, n0, "AssumeRoleWithWebIdentity", 0, () => AssumeRoleWithWebIdentityRequest$, () => AssumeRoleWithWebIdentityResponse$ ];
        class STSClient extends Client {
            config;
            constructor(...[configuration]) {
                const _config_0 = (config => {
                    emitWarningIfUnsupportedVersion(process.version);
                    const defaultsMode = resolveDefaultsModeConfig(config), defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode), clientSharedValues = (config => ({
                        apiVersion: "2011-06-15",
                        base64Decoder: config?.base64Decoder ?? fromBase64,
                        base64Encoder: config?.base64Encoder ?? toBase64,
                        disableHostPrefix: config?.disableHostPrefix ?? !1,
                        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
                        extensions: config?.extensions ?? [],
                        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
                        httpAuthSchemes: config?.httpAuthSchemes ?? [ {
                            schemeId: "aws.auth#sigv4",
                            identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4"),
                            signer: new AwsSdkSigV4Signer
                        }, {
                            schemeId: "aws.auth#sigv4a",
                            identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4a"),
                            signer: new AwsSdkSigV4ASigner
                        }, {
                            schemeId: "smithy.api#noAuth",
                            identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
                            signer: new NoAuthSigner
                        } ],
                        logger: config?.logger ?? new NoOpLogger,
                        protocol: config?.protocol ?? AwsQueryProtocol,
                        protocolSettings: config?.protocolSettings ?? {
                            defaultNamespace: "com.amazonaws.sts",
                            errorTypeRegistries: errorTypeRegistries,
                            xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
                            version: "2011-06-15",
                            serviceTarget: "AWSSecurityTokenServiceV20110615"
                        },
                        serviceId: config?.serviceId ?? "STS",
                        sha256: config?.sha256 ?? Sha256,
                        signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
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
                        httpAuthSchemes: config?.httpAuthSchemes ?? [ {
                            schemeId: "aws.auth#sigv4",
                            identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4") || (async idProps => await config.credentialDefaultProvider(idProps?.__config || {})()),
                            signer: new AwsSdkSigV4Signer
                        }, {
                            schemeId: "aws.auth#sigv4a",
                            identityProvider: ipc => ipc.getIdentityProvider("aws.auth#sigv4a"),
                            signer: new AwsSdkSigV4ASigner
                        }, {
                            schemeId: "smithy.api#noAuth",
                            identityProvider: ipc => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
                            signer: new NoAuthSigner
                        } ],
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
                        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
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
                    useGlobalEndpoint: options.useGlobalEndpoint ?? !1,
                    defaultSigningName: "sts"
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
                    const config_0 = resolveAwsSdkSigV4Config(config), config_1 = resolveAwsSdkSigV4AConfig(config_0);
                    return Object.assign(config_1, {
                        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
                    });
                })(resolveEndpointConfig(_config_5)), configuration?.extensions || []);
                this.config = _config_8, this.middlewareStack.use(getSchemaSerdePlugin(this.config)), 
                this.middlewareStack.use(getUserAgentPlugin(this.config)), this.middlewareStack.use(getRetryPlugin(this.config)), 
                this.middlewareStack.use(getContentLengthPlugin(this.config)), this.middlewareStack.use(getHostHeaderPlugin(this.config)), 
                this.middlewareStack.use(getLoggerPlugin(this.config)), this.middlewareStack.use(getRecursionDetectionPlugin(this.config)), 
                this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
                    httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
                    identityProviderConfigProvider: async config => new DefaultIdentityProviderConfig({
                        "aws.auth#sigv4": config.credentials,
                        "aws.auth#sigv4a": config.credentials
                    })
                })), this.middlewareStack.use(getHttpSigningPlugin(this.config));
            }
            destroy() {
                super.destroy();
            }
        }
        const command = makeBuilder({
            UseGlobalEndpoint: {
                type: "builtInParams",
                name: "useGlobalEndpoint"
            },
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
        }, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin), _ep0 = {}, _mw0 = (Command, cs, config, o) => [];
        class AssumeRoleCommand extends(command(_ep0, _mw0, "AssumeRole", AssumeRole$)){}
        class AssumeRoleWithWebIdentityCommand extends(command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$)){}
        const commands = {
            AssumeRoleCommand: AssumeRoleCommand,
            AssumeRoleWithWebIdentityCommand: AssumeRoleWithWebIdentityCommand
        };
        createAggregatedClient(commands, class extends STSClient {});
        const getAccountIdFromAssumedRoleUser = assumedRoleUser => {
            if ("string" == typeof assumedRoleUser?.Arn) {
                const arnComponents = assumedRoleUser.Arn.split(":");
                if (arnComponents.length > 4 && "" !== arnComponents[4]) return arnComponents[4];
            }
        }, resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
            const region = "function" == typeof _region ? await _region() : _region, parentRegion = "function" == typeof _parentRegion ? await _parentRegion() : _parentRegion;
            let stsDefaultRegion = "";
            const resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
            return credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`), 
            resolvedRegion;
        }, isH2 = requestHandler => "h2" === requestHandler?.metadata?.handlerProtocol, getCustomizableStsClientCtor = (baseCtor, customizations) => customizations ? class extends baseCtor {
            constructor(config) {
                super(config);
                for (const customization of customizations) this.middlewareStack.use(customization);
            }
        } : baseCtor;
        exports.getDefaultRoleAssumer = (stsOptions = {}, stsPlugins) => ((stsOptions, STSClient) => {
            let stsClient, closureSourceCreds;
            return async (sourceCreds, params) => {
                if (closureSourceCreds = sourceCreds, !stsClient) {
                    const {logger: logger = stsOptions?.parentClientConfig?.logger, profile: profile = stsOptions?.parentClientConfig?.profile, region: region, requestHandler: requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger: credentialProviderLogger, userAgentAppId: userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId} = stsOptions, resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
                        logger: logger,
                        profile: profile
                    }), isCompatibleRequestHandler = !isH2(requestHandler);
                    stsClient = new STSClient({
                        ...stsOptions,
                        userAgentAppId: userAgentAppId,
                        profile: profile,
                        credentialDefaultProvider: () => async () => closureSourceCreds,
                        region: resolvedRegion,
                        requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
                        logger: logger
                    });
                }
                const {Credentials: Credentials, AssumedRoleUser: AssumedRoleUser} = await stsClient.send(new AssumeRoleCommand(params));
                if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
                const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser), credentials = {
                    accessKeyId: Credentials.AccessKeyId,
                    secretAccessKey: Credentials.SecretAccessKey,
                    sessionToken: Credentials.SessionToken,
                    expiration: Credentials.Expiration,
                    ...Credentials.CredentialScope && {
                        credentialScope: Credentials.CredentialScope
                    },
                    ...accountId && {
                        accountId: accountId
                    }
                };
                return setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i"), credentials;
            };
        })(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins)), exports.getDefaultRoleAssumerWithWebIdentity = (stsOptions = {}, stsPlugins) => ((stsOptions, STSClient) => {
            let stsClient;
            return async params => {
                if (!stsClient) {
                    const {logger: logger = stsOptions?.parentClientConfig?.logger, profile: profile = stsOptions?.parentClientConfig?.profile, region: region, requestHandler: requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger: credentialProviderLogger, userAgentAppId: userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId} = stsOptions, resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
                        logger: logger,
                        profile: profile
                    }), isCompatibleRequestHandler = !isH2(requestHandler);
                    stsClient = new STSClient({
                        ...stsOptions,
                        userAgentAppId: userAgentAppId,
                        profile: profile,
                        region: resolvedRegion,
                        requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
                        logger: logger
                    });
                }
                const {Credentials: Credentials, AssumedRoleUser: AssumedRoleUser} = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
                if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
                const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser), credentials = {
                    accessKeyId: Credentials.AccessKeyId,
                    secretAccessKey: Credentials.SecretAccessKey,
                    sessionToken: Credentials.SessionToken,
                    expiration: Credentials.Expiration,
                    ...Credentials.CredentialScope && {
                        credentialScope: Credentials.CredentialScope
                    },
                    ...accountId && {
                        accountId: accountId
                    }
                };
                return accountId && setCredentialFeature(credentials, "RESOLVED_ACCOUNT_ID", "T"), 
                setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k"), credentials;
            };
        })(stsOptions, getCustomizableStsClientCtor(STSClient, stsPlugins));
    },
    5150: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.r(__webpack_exports__), __webpack_require__.d(__webpack_exports__, {
            SignatureV4MultiRegion: () => SignatureV4MultiRegion,
            SignatureV4SignWithCredentials: () => SignatureV4SignWithCredentials,
            signatureV4CrtContainer: () => signatureV4CrtContainer
        });
        var signature_v4a_container = __webpack_require__(3504);
        const signatureV4CrtContainer = {
            CrtSignerV4: null
        };
        var SignatureV4 = __webpack_require__(7550);
        const SESSION_TOKEN_HEADER = "X-Amz-S3session-Token".toLowerCase();
        class SignatureV4SignWithCredentials extends SignatureV4.B {
            async signWithCredentials(requestToSign, credentials, options) {
                const credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
                return requestToSign.headers[SESSION_TOKEN_HEADER] = credentials.sessionToken, setSingleOverride(this, credentialsWithoutSessionToken), 
                this.signRequest(requestToSign, options ?? {});
            }
            async presignWithCredentials(requestToSign, credentials, options) {
                const credentialsWithoutSessionToken = getCredentialsWithoutSessionToken(credentials);
                return delete requestToSign.headers[SESSION_TOKEN_HEADER], requestToSign.headers["X-Amz-S3session-Token"] = credentials.sessionToken, 
                requestToSign.query = requestToSign.query ?? {}, requestToSign.query["X-Amz-S3session-Token"] = credentials.sessionToken, 
                setSingleOverride(this, credentialsWithoutSessionToken), this.presign(requestToSign, options);
            }
        }
        function getCredentialsWithoutSessionToken(credentials) {
            return {
                accessKeyId: credentials.accessKeyId,
                secretAccessKey: credentials.secretAccessKey,
                expiration: credentials.expiration
            };
        }
        function setSingleOverride(privateAccess, credentialsWithoutSessionToken) {
            const currentCredentialProvider = privateAccess.credentialProvider;
            privateAccess.credentialProvider = () => (privateAccess.credentialProvider = currentCredentialProvider, 
            Promise.resolve(credentialsWithoutSessionToken));
        }
        class SignatureV4MultiRegion {
            sigv4aSigner;
            sigv4Signer;
            signerOptions;
            static sigv4aDependency() {
                return "function" == typeof signatureV4CrtContainer.CrtSignerV4 ? "crt" : "function" == typeof signature_v4a_container.d.SignatureV4a ? "js" : "none";
            }
            constructor(options) {
                this.sigv4Signer = new SignatureV4SignWithCredentials(options), this.signerOptions = options;
            }
            async sign(requestToSign, options = {}) {
                return "*" === options.signingRegion ? this.getSigv4aSigner().sign(requestToSign, options) : this.sigv4Signer.sign(requestToSign, options);
            }
            async signWithCredentials(requestToSign, credentials, options = {}) {
                if ("*" === options.signingRegion) {
                    const signer = this.getSigv4aSigner(), CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
                    if (CrtSignerV4 && signer instanceof CrtSignerV4) return signer.signWithCredentials(requestToSign, credentials, options);
                    throw new Error('signWithCredentials with signingRegion \'*\' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt');
                }
                return this.sigv4Signer.signWithCredentials(requestToSign, credentials, options);
            }
            async presign(originalRequest, options = {}) {
                if ("*" === options.signingRegion) {
                    const signer = this.getSigv4aSigner(), CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4;
                    if (CrtSignerV4 && signer instanceof CrtSignerV4) return signer.presign(originalRequest, options);
                    throw new Error('presign with signingRegion \'*\' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt');
                }
                return this.sigv4Signer.presign(originalRequest, options);
            }
            async presignWithCredentials(originalRequest, credentials, options = {}) {
                if ("*" === options.signingRegion) throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");
                return this.sigv4Signer.presignWithCredentials(originalRequest, credentials, options);
            }
            getSigv4aSigner() {
                if (!this.sigv4aSigner) {
                    const CrtSignerV4 = signatureV4CrtContainer.CrtSignerV4, JsSigV4aSigner = signature_v4a_container.d.SignatureV4a;
                    if ("node" === this.signerOptions.runtime) {
                        if (!CrtSignerV4 && !JsSigV4aSigner) throw new Error("Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
                        if (CrtSignerV4 && "function" == typeof CrtSignerV4) this.sigv4aSigner = new CrtSignerV4({
                            ...this.signerOptions,
                            signingAlgorithm: 1
                        }); else {
                            if (!JsSigV4aSigner || "function" != typeof JsSigV4aSigner) throw new Error("Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");
                            this.sigv4aSigner = new JsSigV4aSigner({
                                ...this.signerOptions
                            });
                        }
                    } else {
                        if (!JsSigV4aSigner || "function" != typeof JsSigV4aSigner) throw new Error("JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");
                        this.sigv4aSigner = new JsSigV4aSigner({
                            ...this.signerOptions
                        });
                    }
                }
                return this.sigv4aSigner;
            }
        }
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