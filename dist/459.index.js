export const id = 459;

export const ids = [ 459 ];

export const modules = {
    7459: (__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
        __webpack_require__.d(__webpack_exports__, {
            fromHttp: () => fromHttp
        });
        var client = __webpack_require__(5152), config = __webpack_require__(7291), node_http_handler = __webpack_require__(3291), promises_ = __webpack_require__(1455), promises_default = __webpack_require__.n(promises_), protocols = __webpack_require__(3422), serde = __webpack_require__(2430);
        const fromHttp = (options = {}) => {
            let host;
            options.logger?.debug("@aws-sdk/credential-provider-http - fromHttp");
            const relative = options.awsContainerCredentialsRelativeUri ?? process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, full = options.awsContainerCredentialsFullUri ?? process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI, token = options.awsContainerAuthorizationToken ?? process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN, tokenFile = options.awsContainerAuthorizationTokenFile ?? process.env.AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE, warn = "NoOpLogger" !== options.logger?.constructor?.name && options.logger?.warn ? options.logger.warn.bind(options.logger) : console.warn;
            if (relative && full && (warn("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri."), 
            warn("awsContainerCredentialsRelativeUri will take precedence.")), token && tokenFile && (warn("@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile."), 
            warn("awsContainerAuthorizationTokenFile will take precedence.")), relative) host = `http://169.254.170.2${relative}`; else {
                if (!full) throw new config.CredentialsProviderError("No HTTP credential provider host provided.\nSet AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.", {
                    logger: options.logger
                });
                host = full;
            }
            const url = new URL(host);
            ((url, logger) => {
                if ("https:" !== url.protocol && "169.254.170.2" !== url.hostname && "169.254.170.23" !== url.hostname && "[fd00:ec2::23]" !== url.hostname) {
                    if (url.hostname.includes("[")) {
                        if ("[::1]" === url.hostname || "[0000:0000:0000:0000:0000:0000:0000:0001]" === url.hostname) return;
                    } else {
                        if ("localhost" === url.hostname) return;
                        const ipComponents = url.hostname.split("."), inRange = component => {
                            const num = parseInt(component, 10);
                            return 0 <= num && num <= 255;
                        };
                        if ("127" === ipComponents[0] && inRange(ipComponents[1]) && inRange(ipComponents[2]) && inRange(ipComponents[3]) && 4 === ipComponents.length) return;
                    }
                    throw new config.CredentialsProviderError("URL not accepted. It must either be HTTPS or match one of the following:\n  - loopback CIDR 127.0.0.0/8 or [::1/128]\n  - ECS container host 169.254.170.2\n  - EKS container host 169.254.170.23 or [fd00:ec2::23]", {
                        logger: logger
                    });
                }
            })(url, options.logger);
            const requestHandler = node_http_handler.$.create({
                connectionTimeout: options.timeout ?? 1e3
            }), requestTimeout = options.timeout ?? 1e3, provider = (toRetry = async () => {
                const request = function(url) {
                    return new protocols.HttpRequest({
                        protocol: url.protocol,
                        hostname: url.hostname,
                        port: Number(url.port),
                        path: url.pathname,
                        query: Array.from(url.searchParams.entries()).reduce((acc, [k, v]) => (acc[k] = v, 
                        acc), {}),
                        fragment: url.hash
                    });
                }(url);
                tokenFile ? request.headers.Authorization = validateToken((await promises_default().readFile(tokenFile)).toString()) : token && (request.headers.Authorization = validateToken(token));
                try {
                    return async function(response) {
                        const stream = (0, serde.sdkStreamMixin)(response.body), str = await stream.transformToString();
                        if (200 === response.statusCode) {
                            const parsed = JSON.parse(str);
                            if ("string" != typeof parsed.AccessKeyId || "string" != typeof parsed.SecretAccessKey || "string" != typeof parsed.Token || "string" != typeof parsed.Expiration) throw new config.CredentialsProviderError("HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }", {
                                logger: void 0
                            });
                            return {
                                accessKeyId: parsed.AccessKeyId,
                                secretAccessKey: parsed.SecretAccessKey,
                                sessionToken: parsed.Token,
                                expiration: (0, serde.parseRfc3339DateTime)(parsed.Expiration)
                            };
                        }
                        if (response.statusCode >= 400 && response.statusCode < 500) {
                            let parsedBody = {};
                            try {
                                parsedBody = JSON.parse(str);
                            } catch (e) {}
                            throw Object.assign(new config.CredentialsProviderError(`Server responded with status: ${response.statusCode}`, {
                                logger: void 0
                            }), {
                                Code: parsedBody.Code,
                                Message: parsedBody.Message
                            });
                        }
                        throw new config.CredentialsProviderError(`Server responded with status: ${response.statusCode}`, {
                            logger: void 0
                        });
                    }((await requestHandler.handle(request, {
                        requestTimeout: requestTimeout
                    })).response).then(creds => (0, client.setCredentialFeature)(creds, "CREDENTIALS_HTTP", "z"));
                } catch (e) {
                    throw new config.CredentialsProviderError(String(e), {
                        logger: options.logger
                    });
                }
            }, maxRetries = options.maxRetries ?? 3, delayMs = options.timeout ?? 1e3, async () => {
                for (let i = 0; i < maxRetries; ++i) try {
                    return await toRetry();
                } catch (e) {
                    await new Promise(resolve => setTimeout(resolve, delayMs));
                }
                return await toRetry();
            });
            var toRetry, maxRetries, delayMs;
            return async () => {
                try {
                    return await provider();
                } finally {
                    requestHandler.destroy?.();
                }
            };
        }, validateToken = token => {
            if (token.includes("\r\n")) throw new config.CredentialsProviderError("Authorization token contains invalid \\r\\n sequence.");
            return token;
        };
    }
};