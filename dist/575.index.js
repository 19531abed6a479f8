export const id = 575;

export const ids = [ 575 ];

export const modules = {
    3575: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            fromProcess: () => fromProcess
        });
        var config = __webpack_require__(7291), external_node_child_process_ = __webpack_require__(1421), external_node_util_ = __webpack_require__(7975), client = __webpack_require__(5152);
        const fromProcess = (init = {}) => async ({callerClientConfig: callerClientConfig} = {}) => {
            init.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");
            const profiles = await (0, config.parseKnownFiles)(init);
            return (async (profileName, profiles, logger) => {
                const profile = profiles[profileName];
                if (!profiles[profileName]) throw new config.CredentialsProviderError(`Profile ${profileName} could not be found in shared credentials file.`, {
                    logger: logger
                });
                {
                    const credentialProcess = profile.credential_process;
                    if (void 0 === credentialProcess) throw new config.CredentialsProviderError(`Profile ${profileName} did not contain credential_process.`, {
                        logger: logger
                    });
                    {
                        const execPromise = (0, external_node_util_.promisify)(config.externalDataInterceptor?.getTokenRecord?.().exec ?? external_node_child_process_.exec);
                        try {
                            const {stdout: stdout} = await execPromise(credentialProcess);
                            let data;
                            try {
                                data = JSON.parse(stdout.trim());
                            } catch {
                                throw Error(`Profile ${profileName} credential_process returned invalid JSON.`);
                            }
                            return ((profileName, data, profiles) => {
                                if (1 !== data.Version) throw Error(`Profile ${profileName} credential_process did not return Version 1.`);
                                if (void 0 === data.AccessKeyId || void 0 === data.SecretAccessKey) throw Error(`Profile ${profileName} credential_process returned invalid credentials.`);
                                if (data.Expiration) {
                                    const currentTime = new Date;
                                    if (new Date(data.Expiration) < currentTime) throw Error(`Profile ${profileName} credential_process returned expired credentials.`);
                                }
                                let accountId = data.AccountId;
                                !accountId && profiles?.[profileName]?.aws_account_id && (accountId = profiles[profileName].aws_account_id);
                                const credentials = {
                                    accessKeyId: data.AccessKeyId,
                                    secretAccessKey: data.SecretAccessKey,
                                    ...data.SessionToken && {
                                        sessionToken: data.SessionToken
                                    },
                                    ...data.Expiration && {
                                        expiration: new Date(data.Expiration)
                                    },
                                    ...data.CredentialScope && {
                                        credentialScope: data.CredentialScope
                                    },
                                    ...accountId && {
                                        accountId: accountId
                                    }
                                };
                                return (0, client.setCredentialFeature)(credentials, "CREDENTIALS_PROCESS", "w"), 
                                credentials;
                            })(profileName, data, profiles);
                        } catch (error) {
                            throw new config.CredentialsProviderError(error.message, {
                                logger: logger
                            });
                        }
                    }
                }
            })((0, config.getProfileName)({
                profile: init.profile ?? callerClientConfig?.profile
            }), profiles, init.logger);
        };
    }
};