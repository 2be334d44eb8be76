#ifndef SXS_CLIBXML2_SHIM_H
#define SXS_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>. Swift's
 * Foundation carries its own ICU module whose types clash with the system's when both are loaded
 * into one client ("'UErrorCode' has different definitions in different modules"). This project
 * never calls ICU through libxml2: keep the system ICU headers out, and declare the two types
 * libxml2's headers mention, as ICU defines them for C (an opaque struct, a UTF-16 code unit). */
#include <stdint.h>
#define UCNV_H 1
typedef struct UConverter UConverter;
typedef uint16_t UChar;

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#endif
