export const id = 236;

export const ids = [ 236 ];

export const modules = {
    6236: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            fromIni: () => fromIni
        });
        var config = __webpack_require__(7291), client = __webpack_require__(5152);
        const setNamedProvider = creds => (0, client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_NAMED_PROVIDER", "p"), isCredentialSourceWithoutRoleArn = section => !section.role_arn && !!section.credential_source, isStaticCredsProfile = arg => Boolean(arg) && "object" == typeof arg && "string" == typeof arg.aws_access_key_id && "string" == typeof arg.aws_secret_access_key && [ "undefined", "string" ].indexOf(typeof arg.aws_session_token) > -1 && [ "undefined", "string" ].indexOf(typeof arg.aws_account_id) > -1, resolveStaticCredentials = async (profile, options) => {
            options?.logger?.debug("@aws-sdk/credential-provider-ini - resolveStaticCredentials");
            const credentials = {
                accessKeyId: profile.aws_access_key_id,
                secretAccessKey: profile.aws_secret_access_key,
                sessionToken: profile.aws_session_token,
                ...profile.aws_credential_scope && {
                    credentialScope: profile.aws_credential_scope
                },
                ...profile.aws_account_id && {
                    accountId: profile.aws_account_id
                }
            };
            return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE", "n");
        }, resolveProfileData = async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, isAssumeRoleRecursiveCall = !1) => {
            const data = profiles[profileName];
            if (Object.keys(visitedProfiles).length > 0 && isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
            if (isAssumeRoleRecursiveCall || ((arg, {profile: profile = "default", logger: logger} = {}) => Boolean(arg) && "object" == typeof arg && "string" == typeof arg.role_arn && [ "undefined", "string" ].indexOf(typeof arg.role_session_name) > -1 && [ "undefined", "string" ].indexOf(typeof arg.external_id) > -1 && [ "undefined", "string" ].indexOf(typeof arg.mfa_serial) > -1 && (((arg, {profile: profile, logger: logger}) => {
                const withSourceProfile = "string" == typeof arg.source_profile && void 0 === arg.credential_source;
                return withSourceProfile && logger?.debug?.(`    ${profile} isAssumeRoleWithSourceProfile source_profile=${arg.source_profile}`), 
                withSourceProfile;
            })(arg, {
                profile: profile,
                logger: logger
            }) || ((arg, {profile: profile, logger: logger}) => {
                const withProviderProfile = "string" == typeof arg.credential_source && void 0 === arg.source_profile;
                return withProviderProfile && logger?.debug?.(`    ${profile} isCredentialSourceProfile credential_source=${arg.credential_source}`), 
                withProviderProfile;
            })(arg, {
                profile: profile,
                logger: logger
            })))(data, {
                profile: profileName,
                logger: options.logger
            })) return (async (profileName, profiles, options, callerClientConfig, visitedProfiles = {}, resolveProfileData) => {
                options.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");
                const profileData = profiles[profileName], {source_profile: source_profile, region: region} = profileData;
                if (!options.roleAssumer) {
                    const {getDefaultRoleAssumer: getDefaultRoleAssumer} = await __webpack_require__.e(136).then(__webpack_require__.t.bind(__webpack_require__, 1136, 19));
                    options.roleAssumer = getDefaultRoleAssumer({
                        ...options.clientConfig,
                        credentialProviderLogger: options.logger,
                        parentClientConfig: {
                            ...callerClientConfig,
                            ...options?.parentClientConfig,
                            region: region ?? options?.parentClientConfig?.region ?? callerClientConfig?.region
                        }
                    }, options.clientPlugins);
                }
                if (source_profile && source_profile in visitedProfiles) throw new config.CredentialsProviderError(`Detected a cycle attempting to resolve credentials for profile ${(0, 
                config.getProfileName)(options)}. Profiles visited: ` + Object.keys(visitedProfiles).join(", "), {
                    logger: options.logger
                });
                options.logger?.debug("@aws-sdk/credential-provider-ini - finding credential resolver using " + (source_profile ? `source_profile=[${source_profile}]` : `profile=[${profileName}]`));
                const sourceCredsProvider = source_profile ? resolveProfileData(source_profile, profiles, options, callerClientConfig, {
                    ...visitedProfiles,
                    [source_profile]: !0
                }, isCredentialSourceWithoutRoleArn(profiles[source_profile] ?? {})) : (await ((credentialSource, profileName, logger) => {
                    const sourceProvidersMap = {
                        EcsContainer: async options => {
                            const {fromHttp: fromHttp} = await __webpack_require__.e(459).then(__webpack_require__.bind(__webpack_require__, 7459)), {fromContainerMetadata: fromContainerMetadata} = await __webpack_require__.e(966).then(__webpack_require__.bind(__webpack_require__, 4966));
                            return logger?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"), 
                            async () => (0, config.chain)(fromHttp(options ?? {}), fromContainerMetadata(options))().then(setNamedProvider);
                        },
                        Ec2InstanceMetadata: async options => {
                            logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");
                            const {fromInstanceMetadata: fromInstanceMetadata} = await __webpack_require__.e(966).then(__webpack_require__.bind(__webpack_require__, 4966));
                            return async () => fromInstanceMetadata(options)().then(setNamedProvider);
                        },
                        Environment: async options => {
                            logger?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");
                            const {fromEnv: fromEnv} = await __webpack_require__.e(8).then(__webpack_require__.bind(__webpack_require__, 4008));
                            return async () => fromEnv(options)().then(setNamedProvider);
                        }
                    };
                    if (credentialSource in sourceProvidersMap) return sourceProvidersMap[credentialSource];
                    throw new config.CredentialsProviderError(`Unsupported credential source in profile ${profileName}. Got ${credentialSource}, expected EcsContainer or Ec2InstanceMetadata or Environment.`, {
                        logger: logger
                    });
                })(profileData.credential_source, profileName, options.logger)(options))();
                if (isCredentialSourceWithoutRoleArn(profileData)) return sourceCredsProvider.then(creds => (0, 
                client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
                {
                    const params = {
                        RoleArn: profileData.role_arn,
                        RoleSessionName: profileData.role_session_name || `aws-sdk-js-${Date.now()}`,
                        ExternalId: profileData.external_id,
                        DurationSeconds: parseInt(profileData.duration_seconds || "3600", 10)
                    }, {mfa_serial: mfa_serial} = profileData;
                    if (mfa_serial) {
                        if (!options.mfaCodeProvider) throw new config.CredentialsProviderError(`Profile ${profileName} requires multi-factor authentication, but no MFA code callback was provided.`, {
                            logger: options.logger,
                            tryNextLink: !1
                        });
                        params.SerialNumber = mfa_serial, params.TokenCode = await options.mfaCodeProvider(mfa_serial);
                    }
                    const sourceCreds = await sourceCredsProvider;
                    return options.roleAssumer(sourceCreds, params).then(creds => (0, client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SOURCE_PROFILE", "o"));
                }
            })(profileName, profiles, options, callerClientConfig, visitedProfiles, resolveProfileData);
            if (isStaticCredsProfile(data)) return resolveStaticCredentials(data, options);
            if (arg = data, Boolean(arg) && "object" == typeof arg && "string" == typeof arg.web_identity_token_file && "string" == typeof arg.role_arn && [ "undefined", "string" ].indexOf(typeof arg.role_session_name) > -1) return (async (profile, options, callerClientConfig) => {
                const {fromTokenFile: fromTokenFile} = await __webpack_require__.e(715).then(__webpack_require__.bind(__webpack_require__, 8715)), credentials = await fromTokenFile({
                    webIdentityTokenFile: profile.web_identity_token_file,
                    roleArn: profile.role_arn,
                    roleSessionName: profile.role_session_name,
                    roleAssumerWithWebIdentity: options.roleAssumerWithWebIdentity,
                    logger: options.logger,
                    parentClientConfig: options.parentClientConfig
                })({
                    callerClientConfig: callerClientConfig
                });
                return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN", "q");
            })(data, options, callerClientConfig);
            var arg;
            if ((arg => Boolean(arg) && "object" == typeof arg && "string" == typeof arg.credential_process)(data)) return (async (options, profile) => {
                const {fromProcess: fromProcess} = await __webpack_require__.e(575).then(__webpack_require__.bind(__webpack_require__, 3575)), credentials = await fromProcess({
                    ...options,
                    profile: profile
                })();
                return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE_PROCESS", "v");
            })(options, profileName);
            if ((arg => arg && ("string" == typeof arg.sso_start_url || "string" == typeof arg.sso_account_id || "string" == typeof arg.sso_session || "string" == typeof arg.sso_region || "string" == typeof arg.sso_role_name))(data)) return await (async (profile, profileData, options = {}, callerClientConfig) => {
                const {fromSSO: fromSSO} = await __webpack_require__.e(895).then(__webpack_require__.bind(__webpack_require__, 8895));
                return fromSSO({
                    profile: profile,
                    logger: options.logger,
                    parentClientConfig: options.parentClientConfig,
                    clientConfig: options.clientConfig
                })({
                    callerClientConfig: callerClientConfig
                }).then(creds => profileData.sso_session ? (0, client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SSO", "r") : (0, 
                client.setCredentialFeature)(creds, "CREDENTIALS_PROFILE_SSO_LEGACY", "t"));
            })(profileName, data, options, callerClientConfig);
            if ((data => Boolean(data && data.login_session))(data)) return (async (profileName, options, callerClientConfig) => {
                const {fromLoginCredentials: fromLoginCredentials} = await __webpack_require__.e(294).then(__webpack_require__.bind(__webpack_require__, 8294)), credentials = await fromLoginCredentials({
                    ...options,
                    profile: profileName
                })({
                    callerClientConfig: callerClientConfig
                });
                return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROFILE_LOGIN", "AC");
            })(profileName, options, callerClientConfig);
            throw new config.CredentialsProviderError(`Could not resolve credentials using profile: [${profileName}] in configuration/credentials file(s).`, {
                logger: options.logger
            });
        }, fromIni = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
            init.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");
            const profiles = await (0, config.parseKnownFiles)(init);
            return resolveProfileData((0, config.getProfileName)({
                profile: init.profile ?? callerClientConfig?.profile
            }), profiles, init, callerClientConfig);
        };
    }
};