#ifndef VEIL_CLIBCRYPTO_SHIM_H
#define VEIL_CLIBCRYPTO_SHIM_H
#include <openssl/evp.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/core_names.h>
#include <openssl/params.h>

/* OSSL_PARAM keeps pointers to its key and value strings, so the parameter arrays are built here, on the C
   stack, with string literals that live forever; a Swift String bridged to a pointer would not outlive the call. */

/* HKDF-SHA256 (extract then expand) in one call; returns 1 on success like the EVP functions. */
static inline int veil_hkdf_sha256(EVP_KDF *kdf, const unsigned char *key, size_t key_len,
                                   const unsigned char *salt, size_t salt_len,
                                   const unsigned char *info, size_t info_len,
                                   unsigned char *out, size_t out_len) {
    static const unsigned char empty[1] = {0};
    EVP_KDF_CTX *ctx = EVP_KDF_CTX_new(kdf);
    if (ctx == NULL) return 0;
    OSSL_PARAM params[5];
    size_t n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, (char *)"SHA256", 0);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)key, key_len);
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                                    (void *)(salt_len > 0 ? salt : empty), salt_len);
    if (info_len > 0) {
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)info, info_len);
    }
    params[n] = OSSL_PARAM_construct_end();
    int rc = EVP_KDF_derive(ctx, out, out_len, params);
    EVP_KDF_CTX_free(ctx);
    return rc;
}

/* Returns an HMAC context with its digest set to SHA-256 and no key yet: a template to duplicate. */
static inline EVP_MAC_CTX *veil_hmac_sha256_template(EVP_MAC *mac) {
    EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
    if (ctx == NULL) return NULL;
    OSSL_PARAM params[2];
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"SHA256", 0);
    params[1] = OSSL_PARAM_construct_end();
    if (EVP_MAC_CTX_set_params(ctx, params) != 1) {
        EVP_MAC_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}

/* GCM tag get/set go through EVP_CIPHER_CTX_ctrl, whose control codes are macros. */
static inline int veil_gcm_get_tag(EVP_CIPHER_CTX *ctx, unsigned char *tag, int tag_len) {
    return EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, tag_len, tag);
}

static inline int veil_gcm_set_tag(EVP_CIPHER_CTX *ctx, const unsigned char *tag, int tag_len) {
    return EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, tag_len, (void *)tag);
}

#endif
