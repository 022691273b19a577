package id.imigrasi.decisions.model.request;

/**
 * The documents of a procedural migrant worker (UU 18/2017 Pasal 13). When the object is
 * sent, every item is required: a missing one must not be guessed either way.
 */
public record MigrantWorker(@Required Boolean registeredCpmi, @Required Boolean workVisa,
		@Required Boolean placementAgreement, @Required Boolean employmentContract, @Required Boolean socialSecurity) {

}
