package id.imigrasi.decisions.model.request;

/** How the person was recruited (SPEC 3: {@code interview.recruitedVia}). */
public enum RecruitmentChannel {

	NONE, SOCIAL_MEDIA, RELATIVE_OR_NEIGHBOUR, INDIVIDUAL_AGENT, LICENSED_P3MI

}
