export const id = 895;

export const ids = [ 895 ];

export const modules = {
    8895: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            fromSSO: () => fromSSO
        });
        var config = __webpack_require__(7291), client = __webpack_require__(5152);
        const REFRESH_MESSAGE = "To refresh this SSO session run 'aws sso login' with the corresponding profile.", validateTokenExpiry = token => {
            if (token.expiration && token.expiration.getTime() < Date.now()) throw new config.TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, !1);
        }, validateTokenKey = (key, value, forRefresh = !1) => {
            if (void 0 === value) throw new config.TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, !1);
        };
        var external_node_fs_ = __webpack_require__(3024);
        const {writeFile: writeFile} = external_node_fs_.promises, lastRefreshAttemptTimes = new Map, inFlightRefreshes = new Map, fromSso = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
            init.logger?.debug("@aws-sdk/token-providers - fromSso");
            const profiles = await (0, config.parseKnownFiles)(init), profileName = (0, config.getProfileName)({
                profile: init.profile ?? callerClientConfig?.profile
            }), profile = profiles[profileName];
            if (!profile) throw new config.TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, !1);
            if (!profile.sso_session) throw new config.TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
            const ssoSessionName = profile.sso_session, inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
            if (inFlightRefresh) return await inFlightRefresh;
            const ssoSession = (await (0, config.loadSsoSessionData)(init))[ssoSessionName];
            if (!ssoSession) throw new config.TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, !1);
            for (const ssoSessionRequiredKey of [ "sso_start_url", "sso_region" ]) if (!ssoSession[ssoSessionRequiredKey]) throw new config.TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, !1);
            ssoSession.sso_start_url;
            const ssoRegion = ssoSession.sso_region;
            let ssoToken;
            try {
                ssoToken = await (0, config.getSSOTokenFromFile)(ssoSessionName);
            } catch (e) {
                throw new config.TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, !1);
            }
            validateTokenKey("accessToken", ssoToken.accessToken), validateTokenKey("expiresAt", ssoToken.expiresAt);
            const {accessToken: accessToken, expiresAt: expiresAt} = ssoToken, existingToken = {
                token: accessToken,
                expiration: new Date(expiresAt)
            };
            if (existingToken.expiration.getTime() - Date.now() > 3e5) return existingToken;
            const inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
            if (inFlightRefreshAfterReadingToken) return await inFlightRefreshAfterReadingToken;
            const lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
            if (Date.now() - lastRefreshAttemptTime < 3e4) return validateTokenExpiry(existingToken), 
            existingToken;
            validateTokenKey("clientId", ssoToken.clientId, !0), validateTokenKey("clientSecret", ssoToken.clientSecret, !0), 
            validateTokenKey("refreshToken", ssoToken.refreshToken, !0);
            const refresh = (async () => {
                try {
                    lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
                    const newSsoOidcToken = await (async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
                        const {CreateTokenCommand: CreateTokenCommand} = await __webpack_require__.e(443).then(__webpack_require__.t.bind(__webpack_require__, 9443, 19)), ssoOidcClient = await (async (ssoRegion, init = {}, callerClientConfig) => {
                            const {SSOOIDCClient: SSOOIDCClient} = await __webpack_require__.e(443).then(__webpack_require__.t.bind(__webpack_require__, 9443, 19)), coalesce = prop => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
                            return new SSOOIDCClient(Object.assign({}, init.clientConfig ?? {}, {
                                region: ssoRegion ?? init.clientConfig?.region,
                                logger: coalesce("logger"),
                                userAgentAppId: coalesce("userAgentAppId")
                            }));
                        })(ssoRegion, init, callerClientConfig);
                        return ssoOidcClient.send(new CreateTokenCommand({
                            clientId: ssoToken.clientId,
                            clientSecret: ssoToken.clientSecret,
                            refreshToken: ssoToken.refreshToken,
                            grantType: "refresh_token"
                        }));
                    })(ssoToken, ssoRegion, init, callerClientConfig);
                    validateTokenKey("accessToken", newSsoOidcToken.accessToken), validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
                    const newTokenExpiration = new Date(Date.now() + 1e3 * newSsoOidcToken.expiresIn);
                    try {
                        await ((id, ssoToken) => {
                            const tokenFilepath = (0, config.getSSOTokenFilepath)(id), tokenString = JSON.stringify(ssoToken, null, 2);
                            return writeFile(tokenFilepath, tokenString);
                        })(ssoSessionName, {
                            ...ssoToken,
                            accessToken: newSsoOidcToken.accessToken,
                            expiresAt: newTokenExpiration.toISOString(),
                            refreshToken: newSsoOidcToken.refreshToken
                        });
                    } catch (error) {}
                    return {
                        token: newSsoOidcToken.accessToken,
                        expiration: newTokenExpiration
                    };
                } catch (error) {
                    return validateTokenExpiry(existingToken), existingToken;
                }
            })();
            inFlightRefreshes.set(ssoSessionName, refresh);
            try {
                return await refresh;
            } finally {
                inFlightRefreshes.delete(ssoSessionName);
            }
        }, resolveSSOCredentials = async ({ssoStartUrl: ssoStartUrl, ssoSession: ssoSession, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoClient: ssoClient, clientConfig: clientConfig, parentClientConfig: parentClientConfig, callerClientConfig: callerClientConfig, profile: profile, filepath: filepath, configFilepath: configFilepath, ignoreCache: ignoreCache, logger: logger}) => {
            let token;
            const refreshMessage = "To refresh this SSO session run aws sso login with the corresponding profile.";
            if (ssoSession) try {
                const _token = await fromSso({
                    profile: profile,
                    filepath: filepath,
                    configFilepath: configFilepath,
                    ignoreCache: ignoreCache,
                    clientConfig: clientConfig,
                    parentClientConfig: parentClientConfig,
                    logger: logger
                })({
                    callerClientConfig: callerClientConfig
                });
                token = {
                    accessToken: _token.token,
                    expiresAt: new Date(_token.expiration).toISOString()
                };
            } catch (e) {
                throw new config.CredentialsProviderError(e.message, {
                    tryNextLink: !1,
                    logger: logger
                });
            } else try {
                token = await (0, config.getSSOTokenFromFile)(ssoStartUrl);
            } catch (e) {
                throw new config.CredentialsProviderError(`The SSO session associated with this profile is invalid. ${refreshMessage}`, {
                    tryNextLink: !1,
                    logger: logger
                });
            }
            if (new Date(token.expiresAt).getTime() - Date.now() <= 0) throw new config.CredentialsProviderError(`The SSO session associated with this profile has expired. ${refreshMessage}`, {
                tryNextLink: !1,
                logger: logger
            });
            const {accessToken: accessToken} = token, {SSOClient: SSOClient, GetRoleCredentialsCommand: GetRoleCredentialsCommand} = await __webpack_require__.e(263).then(__webpack_require__.bind(__webpack_require__, 8263)), sso = ssoClient || new SSOClient(Object.assign({}, clientConfig ?? {}, {
                logger: clientConfig?.logger ?? callerClientConfig?.logger ?? parentClientConfig?.logger,
                region: clientConfig?.region ?? ssoRegion,
                userAgentAppId: clientConfig?.userAgentAppId ?? callerClientConfig?.userAgentAppId ?? parentClientConfig?.userAgentAppId
            }));
            let ssoResp;
            try {
                ssoResp = await sso.send(new GetRoleCredentialsCommand({
                    accountId: ssoAccountId,
                    roleName: ssoRoleName,
                    accessToken: accessToken
                }));
            } catch (e) {
                throw new config.CredentialsProviderError(e, {
                    tryNextLink: !1,
                    logger: logger
                });
            }
            const {roleCredentials: {accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken, expiration: expiration, credentialScope: credentialScope, accountId: accountId} = {}} = ssoResp;
            if (!(accessKeyId && secretAccessKey && sessionToken && expiration)) throw new config.CredentialsProviderError("SSO returns an invalid temporary credential.", {
                tryNextLink: !1,
                logger: logger
            });
            const credentials = {
                accessKeyId: accessKeyId,
                secretAccessKey: secretAccessKey,
                sessionToken: sessionToken,
                expiration: new Date(expiration),
                ...credentialScope && {
                    credentialScope: credentialScope
                },
                ...accountId && {
                    accountId: accountId
                }
            };
            return ssoSession ? (0, client.setCredentialFeature)(credentials, "CREDENTIALS_SSO", "s") : (0, 
            client.setCredentialFeature)(credentials, "CREDENTIALS_SSO_LEGACY", "u"), credentials;
        }, fromSSO = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
            init.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");
            const {ssoStartUrl: ssoStartUrl, ssoAccountId: ssoAccountId, ssoRegion: ssoRegion, ssoRoleName: ssoRoleName, ssoSession: ssoSession} = init, {ssoClient: ssoClient} = init, profileName = (0, 
            config.getProfileName)({
                profile: init.profile ?? callerClientConfig?.profile
            });
            if (ssoStartUrl || ssoAccountId || ssoRegion || ssoRoleName || ssoSession) {
                if (ssoStartUrl && ssoAccountId && ssoRegion && ssoRoleName) return resolveSSOCredentials({
                    ssoStartUrl: ssoStartUrl,
                    ssoSession: ssoSession,
                    ssoAccountId: ssoAccountId,
                    ssoRegion: ssoRegion,
                    ssoRoleName: ssoRoleName,
                    ssoClient: ssoClient,
                    clientConfig: init.clientConfig,
                    parentClientConfig: init.parentClientConfig,
                    callerClientConfig: init.callerClientConfig,
                    profile: profileName,
                    filepath: init.filepath,
                    configFilepath: init.configFilepath,
                    ignoreCache: init.ignoreCache,
                    logger: init.logger
                });
                throw new config.CredentialsProviderError('Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"', {
                    tryNextLink: !1,
                    logger: init.logger
                });
            }
            {
                const profile = (await (0, config.parseKnownFiles)(init))[profileName];
                if (!profile) throw new config.CredentialsProviderError(`Profile ${profileName} was not found.`, {
                    logger: init.logger
                });
                if (!(arg = profile) || "string" != typeof arg.sso_start_url && "string" != typeof arg.sso_account_id && "string" != typeof arg.sso_session && "string" != typeof arg.sso_region && "string" != typeof arg.sso_role_name) throw new config.CredentialsProviderError(`Profile ${profileName} is not configured with SSO credentials.`, {
                    logger: init.logger
                });
                if (profile?.sso_session) {
                    const session = (await (0, config.loadSsoSessionData)(init))[profile.sso_session], conflictMsg = ` configurations in profile ${profileName} and sso-session ${profile.sso_session}`;
                    if (ssoRegion && ssoRegion !== session.sso_region) throw new config.CredentialsProviderError("Conflicting SSO region" + conflictMsg, {
                        tryNextLink: !1,
                        logger: init.logger
                    });
                    if (ssoStartUrl && ssoStartUrl !== session.sso_start_url) throw new config.CredentialsProviderError("Conflicting SSO start_url" + conflictMsg, {
                        tryNextLink: !1,
                        logger: init.logger
                    });
                    profile.sso_region = session.sso_region, profile.sso_start_url = session.sso_start_url;
                }
                const {sso_start_url: sso_start_url, sso_account_id: sso_account_id, sso_region: sso_region, sso_role_name: sso_role_name, sso_session: sso_session} = ((profile, logger) => {
                    const {sso_start_url: sso_start_url, sso_account_id: sso_account_id, sso_region: sso_region, sso_role_name: sso_role_name} = profile;
                    if (!(sso_start_url && sso_account_id && sso_region && sso_role_name)) throw new config.CredentialsProviderError(`Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(profile).join(", ")}\nReference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`, {
                        tryNextLink: !1,
                        logger: logger
                    });
                    return profile;
                })(profile, init.logger);
                return resolveSSOCredentials({
                    ssoStartUrl: sso_start_url,
                    ssoSession: sso_session,
                    ssoAccountId: sso_account_id,
                    ssoRegion: sso_region,
                    ssoRoleName: sso_role_name,
                    ssoClient: ssoClient,
                    clientConfig: init.clientConfig,
                    parentClientConfig: init.parentClientConfig,
                    callerClientConfig: init.callerClientConfig,
                    profile: profileName,
                    filepath: init.filepath,
                    configFilepath: init.configFilepath,
                    ignoreCache: init.ignoreCache,
                    logger: init.logger
                });
            }
            var arg;
        };
    }
};