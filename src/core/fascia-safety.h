/* fascia-safety.h - the safety check: questions from content, answers kept on this machine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fascia-page.h"

G_BEGIN_DECLS

typedef enum
{
  FASCIA_ANSWER_UNANSWERED,
  FASCIA_ANSWER_NO,
  FASCIA_ANSWER_YES,
  FASCIA_ANSWER_NOT_SURE,
} FasciaSafetyAnswer;

#define FASCIA_SAFETY_ANSWERS_ERROR (fascia_safety_answers_error_quark ())

typedef enum
{
  /* The answers file could not be read as answers; it was set aside. */
  FASCIA_SAFETY_ANSWERS_ERROR_CORRUPT,
  /* The answers file is there but could not be read; it is left alone. */
  FASCIA_SAFETY_ANSWERS_ERROR_UNREADABLE,
} FasciaSafetyAnswersError;

GQuark fascia_safety_answers_error_quark (void);

/* One thing a technique page must say because of an answer. */
typedef struct
{
  const FasciaBlock  *question;  /* QUESTION */
  const FasciaBlock  *effect;    /* EFFECT */
  FasciaSafetyAnswer  answer;    /* YES or NOT_SURE */
} FasciaSafetyWarning;

#define FASCIA_TYPE_SAFETY_ANSWERS (fascia_safety_answers_get_type ())

G_DECLARE_FINAL_TYPE (FasciaSafetyAnswers, fascia_safety_answers, FASCIA, SAFETY_ANSWERS, GObject)

FasciaSafetyAnswers *fascia_safety_answers_new       (const char           *path);
const char          *fascia_safety_answers_get_path  (FasciaSafetyAnswers  *self);
gboolean             fascia_safety_answers_load      (FasciaSafetyAnswers  *self,
                                                      GError              **error);
FasciaSafetyAnswer   fascia_safety_answers_get       (FasciaSafetyAnswers  *self,
                                                      const char           *question_id);
gboolean             fascia_safety_answers_set       (FasciaSafetyAnswers  *self,
                                                      const char           *question_id,
                                                      FasciaSafetyAnswer    answer,
                                                      GError              **error);
guint                fascia_safety_answers_get_n_answered (FasciaSafetyAnswers *self);
gboolean             fascia_safety_answers_clear     (FasciaSafetyAnswers  *self,
                                                      GError              **error);

const char          *fascia_safety_answer_to_string   (FasciaSafetyAnswer answer);
gboolean             fascia_safety_answer_from_string (const char         *str,
                                                       FasciaSafetyAnswer *answer);

#define FASCIA_TYPE_SAFETY_CHECK (fascia_safety_check_get_type ())

G_DECLARE_FINAL_TYPE (FasciaSafetyCheck, fascia_safety_check, FASCIA, SAFETY_CHECK, GObject)

FasciaSafetyCheck *fascia_safety_check_new             (GPtrArray            *pages,
                                                        GPtrArray            *problems);
FasciaPage        *fascia_safety_check_get_page        (FasciaSafetyCheck    *self);
guint              fascia_safety_check_get_n_questions (FasciaSafetyCheck    *self);
const FasciaBlock *fascia_safety_check_get_question    (FasciaSafetyCheck    *self,
                                                        guint                 position);
const FasciaBlock *fascia_safety_check_find_question   (FasciaSafetyCheck    *self,
                                                        const char           *question_id);
GArray            *fascia_safety_check_evaluate        (FasciaSafetyCheck    *self,
                                                        FasciaSafetyAnswers  *answers,
                                                        const char           *technique_id);
gboolean           fascia_safety_check_applies_to      (const FasciaBlock    *effect,
                                                        const char           *technique_id);
char              *fascia_safety_check_dup_mark        (FasciaSafetyCheck    *self,
                                                        FasciaSafetyAnswers  *answers,
                                                        const char           *technique_id,
                                                        FasciaSafetyLevel    *level);

char                *fascia_safety_warning_dup_title (const FasciaSafetyWarning *warning);

G_END_DECLS
